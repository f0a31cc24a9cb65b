/**
 * The requester's tickets, 100 per request with users, organizations and metric sets side-loaded in the same
 * calls, following cursor pagination (while it is coherent, see pagination.ts) until the lookback or the ticket
 * budget is reached. A ticket record that does not parse or carries impossible dates is left out and counted.
 */
import * as v from 'valibot'
import type { HistoryTicket } from '../insight/requesterHistory'
import type { HistorySettings } from './settings'
import { toHistoryTicket } from './toDomain'
import type { ZendeskResult } from './zendeskError'
import { nextPage, startTrail } from './pagination'
import { isPlausibleDate } from './plausibleDates'
import {
  readEach,
  sideLoaded,
  ticketsPage,
  zendeskTicket,
  zendeskTicketMetrics,
  type ZendeskTicket
} from './zendeskResponses'

export const ticketsPageSize = 100

export interface RequesterTickets {
  /** Within the lookback (plus the current ticket wherever it is), newest first. */
  tickets: HistoryTicket[]
  /** Raw side-loaded records, parsed by whoever needs them. */
  sideLoadedUsers: unknown[]
  sideLoadedOrganizations: unknown[]
  /** True when a page after the first could not be read, or the pagination stopped making sense. */
  partial: boolean
  /** The read stopped at `maxTickets` with more tickets left: the requester has at least as many as were read. */
  cappedAtMaxTickets: boolean
  /** Ticket records that did not parse, left out. */
  unreadable: number
  /** Tickets dated outside the plausible range, left out. */
  implausibleDates: number
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
  const { settings, currentTicketId, getJson, now } = input
  const cutoff = monthsBefore(now, settings.lookbackMonths)
  const result: RequesterTickets = {
    tickets: [],
    sideLoadedUsers: [],
    sideLoadedOrganizations: [],
    partial: false,
    cappedAtMaxTickets: false,
    unreadable: 0,
    implausibleDates: 0
  }
  const firstUrl = requestedTicketsUrl(input.requesterId)
  const trail = startTrail(firstUrl)
  let url: string | null = firstUrl
  let ticketsRead = 0
  let firstPage: RequesterTickets | null = null

  while (url !== null) {
    const isFirstPage = url === firstUrl
    const pending = getJson(url)
    // Told only now, so the next page is asked for before the conversations the caller starts on hearing it.
    if (firstPage) input.onFirstPage?.(firstPage)
    firstPage = null
    const answer = await pending
    const page = answer.ok ? v.safeParse(ticketsPage, answer.value) : null
    if (!answer.ok || !page?.success) {
      // Without the first page there is no history to show; after it, what is known is shown as partial.
      if (isFirstPage) return answer.ok ? { ok: false, error: { kind: 'malformed' } } : answer
      result.partial = true
      break
    }

    const metrics = new Map(
      sideLoaded(page.output.metric_sets, zendeskTicketMetrics).map((set) => [set.ticket_id, set])
    )
    const onPage = page.output.tickets
    const withinBudget = onPage.slice(0, settings.maxTickets - ticketsRead)
    ticketsRead += withinBudget.length
    const { records, unreadable } = readEach(withinBudget, zendeskTicket)
    result.unreadable += unreadable
    for (const ticket of records) {
      if (!isPlausibleDate(ticket.created_at, now) || !isPlausibleDate(ticket.updated_at, now)) {
        result.implausibleDates += 1
        continue
      }
      if (ticket.id !== currentTicketId && Date.parse(ticket.created_at) < cutoff) continue
      const historyTicket = toHistoryTicket(ticket, metrics.get(ticket.id))
      if (historyTicket) result.tickets.push(historyTicket)
    }
    result.sideLoadedUsers.push(...page.output.users)
    result.sideLoadedOrganizations.push(...page.output.organizations)

    const step = nextPage(answer.value, onPage.length, trail)
    const reachedLookback = isNewestFirst(records) && olderThan(records.at(-1), cutoff)
    if (reachedLookback) break
    if (ticketsRead >= settings.maxTickets) {
      result.cappedAtMaxTickets = onPage.length > withinBudget.length || step.kind !== 'end'
      break
    }
    if (step.kind === 'incoherent') result.partial = true
    url = step.kind === 'next' ? step.url : null
    if (isFirstPage && url !== null) firstPage = { ...result, tickets: [...result.tickets].sort(newestFirst) }
  }

  result.tickets.sort(newestFirst)
  return { ok: true, value: result }
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
