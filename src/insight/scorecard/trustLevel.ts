/**
 * Trust Level — whether past issues were solved to the customer's satisfaction.
 *   raw = 5.5 + 4·(good − bad) / (good + bad + 2)
 *         − 2·min(1, 4·reopenedTickets / tickets) − 1.5·min(1, 2·repeatContacts / tickets)
 * Why: trust is earned by outcomes. Ratings say it directly (smoothed by +2 so one rating moves it by about a
 * point, not four); a reopened ticket or a repeat contact on the same topic says a fix did not hold (reopens on a
 * quarter of tickets, or repeats on half, cost the most). Without a rating and without an earlier ticket there is
 * no outcome to judge yet: "not enough data", left out of the overall.
 */
import { phrase } from '../phrases/insightPhrases'
import type { InsightSettings } from '../insightSettings'
import type { Phrase } from '../relationshipInsight'
import type { RelationshipState } from '../relationshipState'
import type { DimensionReading } from './relationshipScorecard'
import { saturate } from './scoreScale'

export function trustLevel(state: RelationshipState, settings: InsightSettings): DimensionReading {
  const { signals, details } = state
  if (signals.csatGood + signals.csatBad === 0 && signals.ticketCount <= 1) {
    return { raw: null, evidence: [phrase('insight.evidence.noOutcomesYet', {})] }
  }
  const ratings = signals.csatGood - signals.csatBad
  const ratingPoints = (4 * ratings) / (signals.csatGood + signals.csatBad + 2)
  const reopenPenalty = 2 * saturate(4 * details.reopenedTickets, signals.ticketCount)
  const repeatPenalty = 1.5 * saturate(2 * signals.repeatContacts, signals.ticketCount)
  const evidence: Phrase[] = []
  if (signals.csatGood > 0) evidence.push(phrase('insight.evidence.csatGood', { count: signals.csatGood }))
  if (signals.csatBad > 0) evidence.push(phrase('insight.evidence.csatBad', { count: signals.csatBad }))
  if (signals.csatGood + signals.csatBad === 0) evidence.push(phrase('insight.evidence.noCsat', {}))
  evidence.push(
    signals.reopens > 0
      ? phrase('insight.evidence.reopens', { count: signals.reopens })
      : phrase('insight.evidence.noReopens', {})
  )
  const window = settings.repeatContactWindowDays
  evidence.push(
    signals.repeatContacts > 0
      ? phrase('insight.evidence.repeatContacts', { count: signals.repeatContacts, window })
      : phrase('insight.evidence.noRepeatContacts', { window })
  )
  return { raw: 5.5 + ratingPoints - reopenPenalty - repeatPenalty, evidence }
}
