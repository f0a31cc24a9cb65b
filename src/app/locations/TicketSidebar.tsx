import { useMemo, useState } from 'react'
import styled from 'styled-components'
import { parseRapportSettings } from '../../zendesk'
import { EmpathyPrompts } from '../components/EmpathyPrompts'
import { PersonalizationHints } from '../components/PersonalizationHints'
import { RelationshipAlerts } from '../components/RelationshipAlerts'
import { RelationshipHealth } from '../components/RelationshipHealth'
import { RelationshipPatterns } from '../components/RelationshipPatterns'
import { RequesterSummary } from '../components/RequesterSummary'
import { SettingsProblems } from '../components/SettingsProblems'
import { ErrorState, LoadingState, NoticeLine, WaitingState } from '../components/SidebarStates'
import { ToneReading } from '../components/ToneReading'
import { useRegistration } from '../contexts/ClientContext'
import { useTranslate } from '../contexts/I18nContext'
import { useAutoResize } from '../hooks/useAutoResize'
import { useDismissedPrompts } from '../hooks/useDismissedPrompts'
import { useNow } from '../hooks/useNow'
import { useRequesterInsight, type SidebarState } from '../hooks/useRequesterInsight'

const Layout = styled.main`
  padding: ${(p) => p.theme.space.sm} ${(p) => p.theme.space.xs};
  display: flex;
  flex-direction: column;
  gap: ${(p) => p.theme.space.xs};
`

export function TicketSidebar() {
  const { client, rawSettings, loaderOverrides } = useRegistration()
  const { settings, problems } = useMemo(() => parseRapportSettings(rawSettings), [rawSettings])
  const { state, reload } = useRequesterInsight(client, settings.history, settings.insight, loaderOverrides)
  const [layout, setLayout] = useState<HTMLElement | null>(null)
  useAutoResize(client, layout)

  return (
    <Layout ref={setLayout} data-testid="rapport-sidebar" data-state={state.kind}>
      <SidebarBody state={state} onRetry={reload} />
      <SettingsProblems problems={problems} />
    </Layout>
  )
}

function SidebarBody({ state, onRetry }: { state: SidebarState; onRetry: () => void }) {
  const translate = useTranslate()
  const now = useNow(state.kind === 'waiting')
  const ticketId = state.kind === 'ready' ? state.history.currentTicketId : null
  const { dismissedIds, dismiss } = useDismissedPrompts(ticketId)

  switch (state.kind) {
    case 'loading':
      return <LoadingState />
    case 'waiting':
      return <WaitingState retryAt={state.retryAt} now={now} />
    case 'error':
      return <ErrorState kind={state.error.kind} onRetry={state.error.kind === 'noRequester' ? undefined : onRetry} />
    case 'ready': {
      const { history, insight } = state
      const firstContact = insight.signals.ticketCount <= 1
      return (
        <>
          <RequesterSummary
            requester={history.requester}
            organization={history.organization}
            signals={insight.signals}
            tier={insight.personalization.tier}
          />
          {history.partial && <NoticeLine testId="history-partial">{translate('sidebar.notices.partial')}</NoticeLine>}
          {firstContact && (
            <NoticeLine testId="first-contact" type="info">
              {translate('sidebar.notices.firstContact')}
            </NoticeLine>
          )}
          <RelationshipAlerts alerts={insight.alerts} />
          <EmpathyPrompts prompts={insight.prompts} dismissedIds={dismissedIds} onDismiss={dismiss} />
          <ToneReading current={insight.currentSentiment} trend={insight.trend} />
          <RelationshipPatterns patterns={insight.patterns} />
          {!firstContact && <RelationshipHealth scorecard={insight.scorecard} />}
          <PersonalizationHints personalization={insight.personalization} />
        </>
      )
    }
  }
}
