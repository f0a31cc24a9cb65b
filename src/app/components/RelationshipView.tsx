import type { RelationshipInsight, RequesterHistory } from '../../insight'
import { useTranslate } from '../contexts/I18nContext'
import { useDismissedPrompts } from '../hooks/useDismissedPrompts'
import { EmpathyPrompts } from './EmpathyPrompts'
import { PhraseText } from './PhraseText'
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
  const firstContact = insight.signals.firstContact
  const { asOf } = insight
  return (
    <>
      <RequesterSummary
        requester={history.requester}
        organization={history.organization}
        facts={insight.facts}
        tier={insight.personalization.tier}
      />
      {asOf && (
        <NoticeLine testId="as-of" type="info">
          <PhraseText phrase={asOf.notice} />
          {asOf.today && (
            <>
              {' '}
              <span data-testid="as-of-today">
                <PhraseText phrase={asOf.today} />
              </span>
            </>
          )}
        </NoticeLine>
      )}
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
