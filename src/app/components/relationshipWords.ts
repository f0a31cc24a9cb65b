import type { Phrase, RelationshipInsight } from '../../insight'
import type { Translate } from '../i18n/translate'

/** The tone in words, never a score: "Reads negative, and sliding over the last 3 tickets". */
export function toneWords(insight: RelationshipInsight, translate: Translate): string {
  const tone = translate(`sidebar.reason.tone.${insight.currentSentiment.label}`)
  const { direction, points } = insight.trend
  if (direction === 'unknown') return tone
  return translate('sidebar.reason.toneAndTrend', {
    tone,
    trend: translate(`sidebar.reason.trend.${direction}`, { count: points.length })
  })
}

/** The one line of relationship facts (the engine's, each saying its window), in the order the header reads them. */
export function relationshipFacts(insight: RelationshipInsight): Phrase[] {
  const { tenure, tickets, recent } = insight.facts
  return [tenure, tickets, recent]
}
