/**
 * The relationship's facts as of `timeline.nowMs`: tenure, contact frequency, repeat contacts, reopens,
 * satisfaction, time since the previous contact and whether agent replies look templated. Counts include the
 * current ticket ("contacts in the last 7 days" is how often they have had to write, this time included).
 */
import { dayMs, wholeDaysBetween, withinDaysBefore } from '../history/calendar'
import type { RequesterTimeline } from '../history/requesterTimeline'
import { insightModel, type InsightSettings } from '../insightSettings'
import type { RelationshipSignals } from '../relationshipInsight'
import { repeatContacts } from './repeatContacts'
import { standardizedReplies } from './standardizedReplies'

/** Facts the scorecard and patterns use beyond the public signals. */
export interface SignalDetails {
  tenureMonths: number
  /** Distinct quarters of the relationship in which they opened a ticket. */
  activeQuarters: number
  /** Average requester messages per ticket whose comments were read; null when none were. */
  dialogueDepth: number | null
  /** Tickets reopened at least once. */
  reopenedTickets: number
  /** Reopens of the current ticket. */
  currentReopens: number
}

const averageMonthDays = 30.44
const quarterDays = 91.31

function countOf(value: number | null): number {
  return value !== null && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0
}

export function relationshipSignals(
  timeline: RequesterTimeline,
  settings: InsightSettings
): { signals: RelationshipSignals; details: SignalDetails } {
  const { nowMs, startMs, tickets, previous, current } = timeline
  const tenureDays = wholeDaysBetween(startMs, nowMs)
  let contactsLast7Days = 0
  let contactsLast30Days = 0
  let contactsLast90Days = 0
  let contactsInFirst30Days = 0
  let reopens = 0
  let reopenedTickets = 0
  let csatGood = 0
  let csatBad = 0
  let csatBadLast90Days = 0
  const quarters = new Set<number>()
  for (const { ticket, createdMs } of tickets) {
    if (withinDaysBefore(createdMs, nowMs, 7)) contactsLast7Days++
    if (withinDaysBefore(createdMs, nowMs, 30)) contactsLast30Days++
    const recent = withinDaysBefore(createdMs, nowMs, insightModel.recentDays)
    if (recent) contactsLast90Days++
    if (createdMs - startMs <= insightModel.firstMonthDays * dayMs) contactsInFirst30Days++
    if (Number.isFinite(createdMs) && Number.isFinite(startMs))
      quarters.add(Math.floor((createdMs - startMs) / (quarterDays * dayMs)))
    const ticketReopens = countOf(ticket.reopens)
    reopens += ticketReopens
    if (ticketReopens > 0) reopenedTickets++
    if (ticket.satisfaction === 'good') csatGood++
    if (ticket.satisfaction === 'bad') {
      csatBad++
      if (recent) csatBadLast90Days++
    }
  }
  const previousIsDated = previous !== null && Number.isFinite(previous.createdMs)
  const repeats = repeatContacts(timeline, settings)
  const standardized = standardizedReplies(timeline)
  return {
    signals: {
      tenureDays,
      ticketCount: tickets.length,
      contactsLast7Days,
      contactsLast30Days,
      contactsLast90Days,
      contactsInFirst30Days,
      repeatContacts: repeats.repeatContacts,
      reopens,
      csatGood,
      csatBad,
      daysSinceLastContact: previousIsDated ? wholeDaysBetween(previous.createdMs, nowMs) : null,
      standardizedReplies: standardized.standardizedReplies,
      firstContact: tickets.length <= 1,
      standardizedReplyTickets: standardized.standardizedReplyTickets,
      currentTopic: repeats.currentTopic,
      currentTopicContacts: repeats.currentTopicContacts,
      currentTopicSpanDays: repeats.currentTopicSpanDays,
      csatBadLast90Days
    },
    details: {
      tenureMonths: Math.floor(tenureDays / averageMonthDays),
      activeQuarters: quarters.size,
      dialogueDepth: dialogueDepth(timeline),
      reopenedTickets,
      currentReopens: current ? countOf(current.ticket.reopens) : 0
    }
  }
}

/** How much back-and-forth the requester has with the team: their messages per conversation read in full. */
function dialogueDepth(timeline: RequesterTimeline): number | null {
  let read = 0
  let messages = 0
  for (let index = timeline.tickets.length - 1; index >= 0 && read < insightModel.trendTickets; index--) {
    const comments = timeline.tickets[index]!.ticket.comments
    if (!comments || comments.length === 0) continue
    read++
    for (const comment of comments) if (comment.authorId === timeline.requester.id) messages++
  }
  return read === 0 ? null : messages / read
}
