/**
 * The requester's tickets in time order, with the current ticket, the one before it and the start of the
 * relationship picked out once, so every later step reads the same facts.
 */
import type { HistoryTicket, Organization, Requester, RequesterHistory } from '../requesterHistory'
import { parseTime } from './calendar'

export interface TimelineTicket {
  ticket: HistoryTicket
  /** createdAt in epoch ms; NaN when it does not parse (such a ticket counts, but falls out of every window). */
  createdMs: number
}

export interface RequesterTimeline {
  requester: Requester
  organization: Organization | null
  /** Oldest first. */
  tickets: TimelineTicket[]
  current: TimelineTicket | null
  /** The latest ticket created before the current one. */
  previous: TimelineTicket | null
  /** Start of the relationship: the requester's sign-up or first ticket, whichever is earlier; NaN if unknown. */
  startMs: number
  nowMs: number
}

function sortKey(entry: TimelineTicket): number {
  return Number.isFinite(entry.createdMs) ? entry.createdMs : Number.NEGATIVE_INFINITY
}

export function requesterTimeline(history: RequesterHistory, now: Date): RequesterTimeline {
  const tickets = history.tickets
    .map((ticket, index) => ({ entry: { ticket, createdMs: parseTime(ticket.createdAt) }, index }))
    .sort((a, b) => sortKey(a.entry) - sortKey(b.entry) || a.entry.ticket.id - b.entry.ticket.id || a.index - b.index)
    .map(({ entry }) => entry)
  const current =
    tickets.find((entry) => entry.ticket.id === history.currentTicketId) ?? tickets[tickets.length - 1] ?? null
  // An invalid clock must not make the result depend on the machine's: read the history as of its newest ticket.
  const nowMs = Number.isFinite(now.getTime()) ? now.getTime() : newestTime(tickets, history.requester)
  return timelineAround(history.requester, history.organization, tickets, current, nowMs)
}

/**
 * The same relationship as it looked when `current` was the newest ticket: later tickets removed, the clock set
 * to that ticket's creation. Used to compare today's health with its health before the recent tickets.
 */
export function timelineAsOf(timeline: RequesterTimeline, cutoff: TimelineTicket): RequesterTimeline | null {
  const position = timeline.tickets.indexOf(cutoff)
  if (position < 0 || !Number.isFinite(cutoff.createdMs)) return null
  const tickets = timeline.tickets.slice(0, position + 1)
  return timelineAround(timeline.requester, timeline.organization, tickets, cutoff, cutoff.createdMs)
}

function timelineAround(
  requester: Requester,
  organization: Organization | null,
  tickets: TimelineTicket[],
  current: TimelineTicket | null,
  nowMs: number
): RequesterTimeline {
  let previous: TimelineTicket | null = null
  for (const entry of tickets) {
    if (entry === current) continue
    const before = !current || !Number.isFinite(current.createdMs) || entry.createdMs <= current.createdMs
    if (before && (previous === null || sortKey(entry) >= sortKey(previous))) previous = entry
  }
  let startMs = parseTime(requester.createdAt)
  for (const entry of tickets) {
    if (Number.isFinite(entry.createdMs) && !(entry.createdMs >= startMs)) startMs = entry.createdMs
  }
  return { requester, organization, tickets, current, previous, startMs, nowMs }
}

function newestTime(tickets: TimelineTicket[], requester: Requester): number {
  let newest = parseTime(requester.createdAt)
  for (const entry of tickets) if (!(entry.createdMs <= newest)) newest = entry.createdMs
  return Number.isFinite(newest) ? newest : 0
}
