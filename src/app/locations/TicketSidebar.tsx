import { useMemo, useState } from 'react'
import styled from 'styled-components'
import { parseRapportSettings } from '../../zendesk'
import { CompanionInsights } from '../components/CompanionInsights'
import { RelationshipView } from '../components/RelationshipView'
import { SM } from '@zendeskgarden/react-typography'
import { SettingsNotice } from '../components/SettingsNotice'
import { ErrorState, LoadingState, RoutineNotice, routineKinds, WaitingState } from '../components/SidebarStates'
import { useRegistration } from '../contexts/ClientContext'
import { useTranslate } from '../contexts/I18nContext'
import { useAlertTags } from '../hooks/useAlertTags'
import { useAutoResize } from '../hooks/useAutoResize'
import { useNow } from '../hooks/useNow'
import { useReadyMarks } from '../hooks/useReadyMarks'
import { useRequesterInsight, type SidebarState } from '../hooks/useRequesterInsight'

const Layout = styled.main`
  padding: ${(p) => p.theme.space.sm} ${(p) => p.theme.space.xs};
  display: flex;
  flex-direction: column;
  gap: ${(p) => p.theme.space.xs};
`

/** What the root reports in `data-state`: a routine notice is not an error. */
function stateName(state: SidebarState): string {
  return state.kind === 'error' && routineKinds.has(state.error.kind) ? 'notice' : state.kind
}

export function TicketSidebar() {
  const { client, rawSettings, loaderOverrides, agent } = useRegistration()
  const { settings, problems } = useMemo(() => parseRapportSettings(rawSettings), [rawSettings])
  const { state, reload } = useRequesterInsight(client, settings.history, settings.insight, loaderOverrides)
  const [layout, setLayout] = useState<HTMLElement | null>(null)
  useAutoResize(client, layout)
  const ready = state.kind === 'ready' ? state : null
  useReadyMarks(ready !== null, ready?.refining === true)
  useAlertTags(client, settings.actions, ready?.history.currentTicketId ?? null, ready?.insight ?? null)

  return (
    <Layout
      ref={setLayout}
      data-testid="rapport-sidebar"
      data-state={stateName(state)}
      data-refining={ready?.refining ? '' : undefined}
    >
      <SettingsNotice problems={problems} isAdmin={agent.isAdmin} />
      <SidebarBody state={state} onRetry={reload} />
      {state.kind === 'ready' && state.refining && <RefiningNotice />}
    </Layout>
  )
}

/** While older pages load under a preview: said once, politely, to assistive technology too. */
function RefiningNotice() {
  const translate = useTranslate()
  return (
    <SM role="status" data-testid="refining">
      {translate('sidebar.state.refining')}
    </SM>
  )
}

function SidebarBody({ state, onRetry }: { state: SidebarState; onRetry: () => void }) {
  const now = useNow(state.kind === 'waiting')

  switch (state.kind) {
    case 'loading':
      return <LoadingState />
    case 'waiting':
      return <WaitingState retryAt={state.retryAt} now={now} />
    case 'error':
      return routineKinds.has(state.error.kind) ? (
        <RoutineNotice kind={state.error.kind} onRetry={state.error.kind === 'noRequester' ? undefined : onRetry} />
      ) : (
        <ErrorState kind={state.error.kind} onRetry={onRetry} />
      )
    case 'ready':
      return (
        <>
          <RelationshipView key={state.history.currentTicketId} history={state.history} insight={state.insight} />
          <CompanionInsights history={state.history} />
        </>
      )
  }
}
