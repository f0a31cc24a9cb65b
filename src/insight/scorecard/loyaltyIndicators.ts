/**
 * Loyalty Indicators — signs they stay and come back.
 *   raw = 1 + 3·min(1, tenureMonths / longTenureMonths) + 2·min(1, (activeQuarters − 1) / 3)
 *         + 2·min(1, good / 3) + 2·(good + 1) / (good + bad + 2) − 2 if they mention leaving
 * Why: loyalty is staying (tenure against the admin's "long tenure"), coming back over time (tickets in four
 * different quarters fill it) and saying they are satisfied (good ratings, and their share among all ratings,
 * smoothed so no ratings reads as an even 50%). Words of leaving in this ticket outweigh the rest of the record.
 */
import { phrase } from '../phrases/insightPhrases'
import { tenureEvidence } from '../phrases/evidencePhrases'
import type { InsightSettings } from '../insightSettings'
import type { Phrase } from '../relationshipInsight'
import type { RelationshipState } from '../relationshipState'
import { saturate } from './scoreScale'

export function loyaltyIndicators(
  state: RelationshipState,
  settings: InsightSettings
): { raw: number; evidence: Phrase[] } {
  const { signals, details, churnTerms } = state
  const tenurePoints = 3 * saturate(details.tenureMonths, settings.longTenureMonths)
  const returnPoints = 2 * saturate(details.activeQuarters - 1, 3)
  const goodPoints = 2 * saturate(signals.csatGood, 3)
  const sharePoints = (2 * (signals.csatGood + 1)) / (signals.csatGood + signals.csatBad + 2)
  const leavingPenalty = churnTerms.length > 0 ? 2 : 0
  const evidence: Phrase[] = [tenureEvidence(signals.tenureDays)]
  if (details.activeQuarters > 1)
    evidence.push(phrase('insight.evidence.activeQuarters', { count: details.activeQuarters }))
  if (signals.csatGood > 0) evidence.push(phrase('insight.evidence.csatGood', { count: signals.csatGood }))
  if (signals.csatBad > 0) evidence.push(phrase('insight.evidence.csatBad', { count: signals.csatBad }))
  const [firstTerm] = churnTerms
  if (firstTerm !== undefined) evidence.push(phrase('insight.evidence.churnIntent', { term: firstTerm }))
  return { raw: 1 + tenurePoints + returnPoints + goodPoints + sharePoints - leavingPenalty, evidence }
}
