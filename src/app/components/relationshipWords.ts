import type { RelationshipInsight } from '../../insight/relationshipInsight'
import type { Translate } from '../i18n/translate'
import { tenureParts } from './tenure'

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

/** The one line of relationship facts, each part its own sentence for the each-fact-once ledger. */
export function relationshipFacts(insight: RelationshipInsight, translate: Translate): string[] {
  const { signals } = insight
  const tenure = tenureParts(signals.tenureDays)
  const parts = [translate(`sidebar.summary.tenure.${tenure.unit}`, { count: tenure.count })]
  if (signals.firstContact) return parts
  parts.push(translate('sidebar.summary.tickets', { count: signals.ticketCount }))
  parts.push(translate('sidebar.summary.recent', { count: signals.contactsLast30Days }))
  return parts
}
