import type { HistoryCoverage } from '../../insight'
import { useTranslate } from '../contexts/I18nContext'
import { NoticeLine } from './SidebarStates'

/** What the history leaves out, said as such: a cut-short or cleaned-up read is never shown as the whole story. */
export function CoverageNotices({ coverage }: { coverage: HistoryCoverage }) {
  const translate = useTranslate()
  return (
    <>
      {coverage.cappedAtMaxTickets && (
        <NoticeLine testId="history-capped" type="info">
          {translate('sidebar.notices.cappedAtMaxTickets')}
        </NoticeLine>
      )}
      {coverage.unreadableRecords > 0 && (
        <NoticeLine testId="history-unreadable">
          {translate('sidebar.notices.unreadableRecords', { count: coverage.unreadableRecords })}
        </NoticeLine>
      )}
      {coverage.implausibleDates > 0 && (
        <NoticeLine testId="history-implausible-dates">
          {translate('sidebar.notices.implausibleDates', { count: coverage.implausibleDates })}
        </NoticeLine>
      )}
    </>
  )
}
