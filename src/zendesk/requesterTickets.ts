/**
 * The requester's tickets, 100 per request with users, organizations and metric sets side-loaded in the same
 * calls, following cursor pagination until the lookback or the ticket budget is reached.
 */
import type { HistoryTicket } from '../insight/requesterHistory'
import type { HistorySettings } from './settings'
import { toHistoryTicket } from './toDomain'
import type { ZendeskResult } from './zendeskError'
import { nextPageUrl, sideLoaded, ticketsPage, zendeskTicketMetrics, type ZendeskTicket } from './zendeskResponses'

export const ticketsPageSize = 100

export interface RequesterTickets {
  /** Within the lookback (plus the current ticket wherever it is), newest first. */
  tickets: HistoryTicket[]
  /** Raw side-loaded records, parsed by whoever needs them. */
  sideLoadedUsers: unknown[]
  sideLoadedOrganizations: unknown[]
  /** True when a page after the first could not be read. */
  partial: boolean
}

export function requestedTicketsUrl(requesterId: number): string {
  return (
    `/api/v2/users/${requesterId}/tickets/requested.json` +
    `?page[size]=${ticketsPageSize}&sort=-created_at&include=users,organizations,metric_sets`
  )
}

export async function readRequesterTickets(input: {
  requesterId: number
  currentTicketId: number
  settings: HistorySettings
  now: number
  getJson: (url: string) => Promise<ZendeskResult<unknown>>
  /**
   * Called once the first page is read while more pages are to come, with what is known so far (newest first),
   * so the sidebar can show the headline and start reading comments without waiting for older pages.
   */
  onFirstPage?: (soFar: RequesterTickets) => void
}): Promise<ZendeskResult<RequesterTickets>> {
  const { settings, currentTicketId, getJson } = input
  const cutoff = monthsBefore(input.now, settings.lookbackMonths)
  const result: RequesterTickets = { tickets: [], sideLoadedUsers: [], sideLoadedOrganizations: [], partial: false }
  const seenUrls = new Set<string>()
  let url: string | null = requestedTicketsUrl(input.requesterId)
  let ticketsRead = 0
  let firstPage: RequesterTickets | null = null

  while (url !== null && !seenUrls.has(url)) {
    seenUrls.add(url)
    const isFirstPage = seenUrls.size === 1
    const pending = getJson(url)
    // Told only now, so the next page is asked for before the conversations the caller starts on hearing it.
    if (firstPage) input.onFirstPage?.(firstPage)
    firstPage = null
    const answer = await pending
    const page = answer.ok ? ticketsPage.safeParse(answer.value) : null
    if (!answer.ok || !page?.success) {
      // Without the first page there is no history to show; after it, what is known is shown as partial.
      if (isFirstPage) return answer.ok ? { ok: false, error: { kind: 'malformed' } } : answer
      result.partial = true
      break
    }

    const metrics = new Map(sideLoaded(page.data.metric_sets, zendeskTicketMetrics).map((set) => [set.ticket_id, set]))
    const budget = settings.maxTickets - ticketsRead
    const pageTickets = page.data.tickets.slice(0, budget)
    ticketsRead += pageTickets.length
    for (const ticket of pageTickets) {
      if (ticket.id !== currentTicketId && Date.parse(ticket.created_at) < cutoff) continue
      const historyTicket = toHistoryTicket(ticket, metrics.get(ticket.id))
      if (historyTicket) result.tickets.push(historyTicket)
    }
    result.sideLoadedUsers.push(...page.data.users)
    result.sideLoadedOrganizations.push(...page.data.organizations)

    const next = nextPageUrl(page.data)
    const reachedLookback = isNewestFirst(pageTickets) && olderThan(pageTickets.at(-1), cutoff)
    const done = pageTickets.length === 0 || ticketsRead >= settings.maxTickets || reachedLookback
    url = done || next === null ? null : toRelativeApiUrl(next)
    if (isFirstPage && url !== null) firstPage = { ...result, tickets: [...result.tickets].sort(newestFirst) }
  }

  result.tickets.sort(newestFirst)
  return { ok: true, value: result }
}

/**
 * `links.next` is absolute; ZAF is given the path alone so the request always goes to the agent's own Zendesk
 * with the agent's session, whatever host the link names.
 */
export function toRelativeApiUrl(url: string): string | null {
  try {
    const parsed = new URL(url, 'https://zendesk.invalid')
    return parsed.pathname.startsWith('/api/v2/') ? parsed.pathname + parsed.search : null
  } catch {
    return null
  }
}

export function monthsBefore(now: number, months: number): number {
  const date = new Date(now)
  date.setUTCMonth(date.getUTCMonth() - months)
  return date.getTime()
}

/**
 * Zendesk has been seen to ignore `sort` under cursor pagination, so the lookback only stops pagination when the
 * page really is newest first; otherwise the ticket budget bounds the requests.
 */
function isNewestFirst(tickets: ZendeskTicket[]): boolean {
  const times = tickets.map((ticket) => Date.parse(ticket.created_at))
  return times.every((time, index) => index === 0 || time <= (times[index - 1] ?? time))
}

function olderThan(ticket: ZendeskTicket | undefined, cutoff: number): boolean {
  return ticket !== undefined && Date.parse(ticket.created_at) < cutoff
}

export function newestFirst(a: HistoryTicket, b: HistoryTicket): number {
  return Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id
}
