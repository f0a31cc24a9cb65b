/**
 * Which moment the sidebar reads the relationship at. For an open ticket: now. For a solved or closed ticket in
 * the past (later tickets exist, or it was opened more than `pastTicketDays` ago), the moment it was opened: the
 * tickets after it are not its past, so "14 tickets so far", "no earlier tickets" or "sounds delighted" must
 * describe the relationship as that ticket saw it, not as it is today.
 */
import { insightModel } from '../insightSettings'
import { dayMs } from './calendar'
import type { RequesterTimeline } from './requesterTimeline'
import { timelineAsOf } from './requesterTimeline'

export interface AnalysisMoment {
  /** The timeline analysed: cut at the open ticket in an as-of view, else the whole one. */
  timeline: RequesterTimeline
  /** True when the view is as of a past ticket. */
  asOf: boolean
  /** Tickets read that were created after the open ticket (left out of an as-of view). */
  laterTickets: number
}

const settledStatuses: ReadonlySet<string> = new Set(['solved', 'closed'])

export function analysisMoment(timeline: RequesterTimeline): AnalysisMoment {
  const { current } = timeline
  const whole = { timeline, asOf: false, laterTickets: 0 }
  if (!current || !settledStatuses.has(current.ticket.status) || !Number.isFinite(current.createdMs)) return whole
  const cut = timelineAsOf(timeline, current)
  if (!cut) return whole
  const laterTickets = timeline.tickets.length - cut.tickets.length
  const old = timeline.nowMs - current.createdMs > insightModel.pastTicketDays * dayMs
  return laterTickets > 0 || old ? { timeline: cut, asOf: true, laterTickets } : whole
}
