/**
 * The header's facts and the as-of notice, as phrases: each count says its window (lifetime, the lookback read,
 * "at least"), and an as-of view says which moment it shows and, in one line, how the relationship stands today.
 */
import type { RequesterTimeline } from '../history/requesterTimeline'
import { ticketTotalPhrase } from '../history/ticketTotals'
import { wholeDaysBetween } from '../history/calendar'
import { insightModel } from '../insightSettings'
import type { AsOfView, Phrase, RelationshipFacts, RelationshipScorecard } from '../relationshipInsight'
import type { RelationshipState } from '../relationshipState'
import { tenureEvidence } from './evidencePhrases'
import { phrase } from './insightPhrases'

export function relationshipFacts(state: RelationshipState, asOf: boolean): RelationshipFacts {
  const count = state.signals.contactsLast30Days
  return {
    tenure: tenureEvidence(state.signals.tenureDays),
    tickets: ticketTotalPhrase(state.totals),
    recent: asOf ? phrase('insight.facts.recentBeforeTicket', { count }) : phrase('insight.facts.recent', { count }),
    totals: state.totals
  }
}

/** "N days / months / years ago", in the unit an agent reads at a glance. */
function agoNotice(days: number): Phrase {
  if (days >= 365) return phrase('insight.asOf.notice.years', { count: Math.floor(days / 365) })
  if (days >= 60)
    return phrase('insight.asOf.notice.months', { count: Math.floor(days / insightModel.averageMonthDays) })
  return phrase('insight.asOf.notice.days', { count: days })
}

export function asOfView(
  timeline: RequesterTimeline,
  whole: RequesterTimeline,
  laterTickets: number,
  today: { state: RelationshipState; scorecard: RelationshipScorecard } | null
): AsOfView {
  const current = timeline.current!
  return {
    ticketId: current.ticket.id,
    createdAt: current.ticket.createdAt,
    notice: agoNotice(wholeDaysBetween(current.createdMs, whole.nowMs)),
    today: today
      ? phrase(`insight.asOf.today.${today.state.trend.trend.direction}`, {
          count: laterTickets,
          score: today.scorecard.overall
        })
      : null
  }
}
