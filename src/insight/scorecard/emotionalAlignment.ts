/**
 * Emotional Alignment — how the customer's tone feels now and over recent tickets.
 *   blend = 0.6·current + 0.4·recent (whichever is known alone when only one is; 0 when neither)
 *   raw = 5.5 + 4.5·blend − 0.5 if the tone is declining, + 0.5 if improving
 * Why: the current conversation matters most, but one message should not define the relationship, so the
 * recent tickets temper it; the direction nudges it because a slide is worth noticing before it shows in scores.
 * A tone Rapport cannot read (too little text, another language) in this ticket and in recent ones is no evidence:
 * the dimension says "not enough data" and stays out of the overall, rather than guessing the middle.
 */
import { toneNowEvidence, toneTrendEvidence } from '../phrases/evidencePhrases'
import type { RelationshipState } from '../relationshipState'
import type { DimensionReading } from './relationshipScorecard'

export function emotionalAlignment(state: RelationshipState): DimensionReading {
  const { current, trend } = state
  const now = current.label === 'unknown' ? null : current.score
  const recent = trend.trend.recent
  if (now === null && recent === null) return { raw: null, evidence: [toneNowEvidence(current)] }
  const blend = now !== null && recent !== null ? 0.6 * now + 0.4 * recent : (now ?? recent ?? 0)
  const nudge = trend.trend.direction === 'declining' ? -0.5 : trend.trend.direction === 'improving' ? 0.5 : 0
  const evidence = [toneNowEvidence(current)]
  const trendEvidence = toneTrendEvidence(trend.trend)
  if (trendEvidence) evidence.push(trendEvidence)
  return { raw: 5.5 + 4.5 * blend + nudge, evidence }
}
