/**
 * Alerts for the two states an agent must not miss: frustrated (this ticket reads negative at or below
 * settings.frustratedAlertThreshold) and delighted (positive at or above settings.delightedAlertThreshold).
 * Both need the label as well as the score, so a first message that only describes a problem never raises
 * the frustrated alert, and an unknown tone raises nothing.
 */
import type { InsightSettings } from '../insightSettings'
import { cueEvidence, toneNowEvidence, toneTrendEvidence } from '../phrases/evidencePhrases'
import type { RelationshipAlert } from '../relationshipInsight'
import type { RelationshipState } from '../relationshipState'

export function relationshipAlerts(state: RelationshipState, settings: InsightSettings): RelationshipAlert[] {
  const { current, trend } = state
  if (current.label === 'negative' && current.score <= settings.frustratedAlertThreshold) {
    const evidence = [toneNowEvidence(current), ...cueEvidence(current, 'negative')]
    const trendEvidence = trend.trend.direction === 'declining' ? toneTrendEvidence(trend.trend) : null
    if (trendEvidence) evidence.push(trendEvidence)
    return [{ kind: 'frustrated', evidence }]
  }
  if (current.label === 'positive' && current.score >= settings.delightedAlertThreshold) {
    return [{ kind: 'delighted', evidence: [toneNowEvidence(current), ...cueEvidence(current, 'positive')] }]
  }
  return []
}
