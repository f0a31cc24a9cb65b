import type { RelationshipInsight } from '../../insight/relationshipInsight'
import type { RequesterHistory } from '../../insight/requesterHistory'
import { useTranslate } from '../contexts/I18nContext'
import { useDismissedPrompts } from '../hooks/useDismissedPrompts'
import { EmpathyPrompts } from './EmpathyPrompts'
import { PersonalizationHints } from './PersonalizationHints'
import { RelationshipAlerts } from './RelationshipAlerts'
import { RelationshipHealth } from './RelationshipHealth'
import { RelationshipPatterns } from './RelationshipPatterns'
import { RequesterSummary } from './RequesterSummary'
import { NoticeLine } from './SidebarStates'
import { ToneReading } from './ToneReading'
import { CoverageNotices } from './CoverageNotices'

/** Everything the sidebar shows once the requester's history is read and analysed. */
export function RelationshipView({ history, insight }: { history: RequesterHistory; insight: RelationshipInsight }) {
  const translate = useTranslate()
  const { dismissedIds, dismiss } = useDismissedPrompts(history.currentTicketId)
  const firstContact = insight.signals.ticketCount <= 1
  return (
    <>
      <RequesterSummary
        requester={history.requester}
        organization={history.organization}
        signals={insight.signals}
        tier={insight.personalization.tier}
        atLeast={history.coverage.cappedAtMaxTickets}
      />
      {history.partial && <NoticeLine testId="history-partial">{translate('sidebar.notices.partial')}</NoticeLine>}
      <CoverageNotices coverage={history.coverage} />
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
