import type { Phrase, RelationshipInsight } from '../../insight'
import type { Translate } from '../i18n/translate'

/**
 * The tone in words, never a score, naming the two windows the direction compares: "Reads negative, and the last
 * 2 tickets read lower than the 6 before".
 */
export function toneWords(
  insight: Pick<RelationshipInsight, 'currentSentiment' | 'trend'>,
  translate: Translate
): string {
  const tone = translate(`sidebar.reason.tone.${insight.currentSentiment.label}`)
  const { direction, recentCount, baselineCount } = insight.trend
  if (direction === 'unknown') return tone
  const recentWindow = recentCount === 1 ? 'lastTicket' : 'lastTickets'
  return translate('sidebar.reason.toneAndTrend', {
    tone,
    trend: translate(`sidebar.reason.trend.${direction}.${recentWindow}`, { recent: recentCount, count: baselineCount })
  })
}

/** The one line of relationship facts (the engine's, each saying its window), in the order the header reads them. */
export function relationshipFacts(insight: RelationshipInsight): Phrase[] {
  const { tenure, tickets, recent } = insight.facts
  return [tenure, tickets, recent]
}
