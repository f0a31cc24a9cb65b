import { useMemo, useState } from 'react'
import styled from 'styled-components'
import { parseRapportSettings } from '../../zendesk'
import { CompanionInsights } from '../components/CompanionInsights'
import { RelationshipView } from '../components/RelationshipView'
import { SettingsProblems } from '../components/SettingsProblems'
import { ErrorState, LoadingState, WaitingState } from '../components/SidebarStates'
import { SM } from '@zendeskgarden/react-typography'
import { useRegistration } from '../contexts/ClientContext'
import { useTranslate } from '../contexts/I18nContext'
import { useAutoResize } from '../hooks/useAutoResize'
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
    <Layout
      ref={setLayout}
      data-testid="rapport-sidebar"
      data-state={state.kind}
      data-refining={state.kind === 'ready' && state.refining ? '' : undefined}
    >
      <SidebarBody state={state} onRetry={reload} />
      {state.kind === 'ready' && state.refining && <RefiningNotice />}
      <SettingsProblems problems={problems} />
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
      return <ErrorState kind={state.error.kind} onRetry={state.error.kind === 'noRequester' ? undefined : onRetry} />
    case 'ready':
      return (
        <>
          <RelationshipView key={state.history.currentTicketId} history={state.history} insight={state.insight} />
          <CompanionInsights history={state.history} />
        </>
      )
  }
}
