/**
 * How many tickets the relationship holds, and how much of it was read, as of the open ticket: the lifetime count
 * when Zendesk gave it (or when the lookback reaches back past the requester's start, so the read is the whole
 * story), else only the window that was read. Every count the sidebar shows goes through `ticketTotalPhrase` so a
 * window count is never shown as a lifetime one and a capped read says "at least".
 */
import { insightModel } from '../insightSettings'
import { phrase } from '../phrases/insightPhrases'
import type { Phrase, TicketTotals } from '../relationshipInsight'
import type { HistoryCoverage } from '../requesterHistory'
import { dayMs } from './calendar'
import type { RequesterTimeline } from './requesterTimeline'

/**
 * `timeline` is the one analysed (cut at the open ticket in an as-of view); `laterTickets` the tickets read that
 * came after it; `todayMs` the clock the lookback was read against.
 */
export function ticketTotals(
  timeline: RequesterTimeline,
  coverage: HistoryCoverage,
  laterTickets: number,
  todayMs: number
): TicketTotals {
  const read = timeline.tickets.length
  const lookbackStartMs = todayMs - coverage.lookbackMonths * insightModel.averageMonthDays * dayMs
  // The requester (and every ticket) started inside the lookback, and the read was not cut short: it is everything.
  const readIsEverything = !coverage.cappedAtMaxTickets && timeline.startMs >= lookbackStartMs
  const reported = coverage.lifetimeTicketCount === null ? null : coverage.lifetimeTicketCount - laterTickets
  const lifetime = reported !== null ? Math.max(read, reported) : readIsEverything ? read : null
  return {
    read,
    lifetime,
    atLeast: lifetime === null && coverage.cappedAtMaxTickets,
    lookbackMonths: coverage.lookbackMonths,
    capped: coverage.cappedAtMaxTickets
  }
}

/** The count of tickets, in words that say which window it covers. */
export function ticketTotalPhrase(totals: TicketTotals): Phrase {
  const { read, lifetime, lookbackMonths: months } = totals
  if (lifetime !== null && lifetime <= read) return phrase('insight.facts.tickets', { count: lifetime })
  if (lifetime !== null && totals.capped) return phrase('insight.facts.ticketsNewestRead', { count: lifetime, read })
  if (lifetime !== null) return phrase('insight.facts.ticketsWindowRead', { count: lifetime, read, months })
  if (totals.atLeast) return phrase('insight.facts.ticketsAtLeast', { count: read })
  return phrase('insight.facts.ticketsInWindow', { count: read, months })
}

/** The number of tickets to decide with (tier engagement): the lifetime count when known, else what was read. */
export function knownTicketCount(totals: TicketTotals): number {
  return totals.lifetime ?? totals.read
}

/** Only the open ticket, and it is known to be their first: a lifetime of one, not a quiet lookback. */
export function isFirstContact(totals: TicketTotals): boolean {
  return totals.read <= 1 && totals.lifetime !== null && totals.lifetime <= 1
}
