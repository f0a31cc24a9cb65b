/**
 * Alerts for the two states an agent must not miss: frustrated (this ticket reads negative at or below
 * settings.frustratedAlertThreshold) and delighted (positive at or above settings.delightedAlertThreshold), the
 * bands of tone/toneBands.ts.
 * Both need the label as well as the score, and words of feeling to quote: a first message that only describes
 * a problem never raises the frustrated alert, a polite "thank you!" never raises the delighted one, and an
 * unknown tone raises nothing.
 */
import type { InsightSettings } from '../insightSettings'
import { cueEvidence, feelingCues, toneNowEvidence, toneTrendEvidence } from '../phrases/evidencePhrases'
import type { RelationshipAlert } from '../relationshipInsight'
import type { RelationshipState } from '../relationshipState'
import { inDelightedBand, inFrustratedBand } from '../tone/toneBands'

export function relationshipAlerts(state: RelationshipState, settings: InsightSettings): RelationshipAlert[] {
  const { current, trend } = state
  if (inFrustratedBand(current, settings) && feelingCues(current, 'negative').length > 0) {
    const evidence = [toneNowEvidence(current), ...cueEvidence(current, 'negative')]
    const trendEvidence = trend.trend.direction === 'declining' ? toneTrendEvidence(trend.trend) : null
    if (trendEvidence) evidence.push(trendEvidence)
    return [{ kind: 'frustrated', evidence }]
  }
  if (isDelighted(state, settings)) {
    return [{ kind: 'delighted', evidence: [toneNowEvidence(current), ...cueEvidence(current, 'positive')] }]
  }
  return []
}

/** Positive at or above the delighted threshold, with words of delight (not only politeness). */
export function isDelighted(state: RelationshipState, settings: InsightSettings): boolean {
  const { current } = state
  return inDelightedBand(current, settings) && feelingCues(current, 'positive').length > 0
}
