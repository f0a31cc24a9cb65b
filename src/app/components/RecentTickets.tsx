import type { HistoryTicket, SentimentLabel, SentimentTrend } from '../../insight'
import { useLocale, useTranslate } from '../contexts/I18nContext'
import { TicketLink } from './TicketLink'

/** Enough to recognise the last few conversations without scrolling past the rest of the sidebar. */
export const recentTicketsShown = 5

const csatShown = new Set(['good', 'bad'])

/** The requester's most recent other tickets: date, subject (opens the ticket), status, rating and tone. */
export function RecentTickets({
  tickets,
  currentTicketId,
  trend
}: {
  tickets: HistoryTicket[]
  currentTicketId: number
  trend: SentimentTrend
}) {
  const translate = useTranslate()
  const locale = useLocale()
  const toneOf = new Map<number, SentimentLabel>(trend.points.map((point) => [point.ticketId, point.label]))
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })
  const recent = [...tickets]
    .filter((ticket) => ticket.id !== currentTicketId)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .slice(0, recentTicketsShown)
  if (recent.length === 0) return <p className="rapport-muted">{translate('sidebar.tickets.none')}</p>
  return (
    <ul className="rapport-tickets" data-testid="recent-tickets">
      {recent.map((ticket) => {
        const tone = toneOf.get(ticket.id)
        const details = [
          dates.format(new Date(ticket.createdAt)),
          translate(`sidebar.tickets.status.${ticket.status}`),
          csatShown.has(ticket.satisfaction) ? translate(`sidebar.tickets.csat.${ticket.satisfaction}`) : null,
          tone && tone !== 'unknown' ? translate(`sidebar.tickets.tone.${tone}`) : null
        ].filter((detail): detail is string => detail !== null)
        return (
          <li key={ticket.id} data-testid="recent-ticket" data-ticket-id={ticket.id}>
            <TicketLink
              ticketId={ticket.id}
              subject={ticket.subject || translate('sidebar.tickets.untitled', { id: ticket.id })}
            />
            <span className="rapport-ticket-details">{`#${ticket.id} · ${details.join(' · ')}`}</span>
          </li>
        )
      })}
    </ul>
  )
}
