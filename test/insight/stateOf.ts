/** A RelationshipState for step tests: the real timeline and signals, with tone readings chosen by the test. */
import { requesterTimeline } from '../../src/insight/history/requesterTimeline'
import { ticketTotals } from '../../src/insight/history/ticketTotals'
import { defaultInsightSettings, type InsightSettings } from '../../src/insight/insightSettings'
import type { SentimentReading } from '../../src/insight/relationshipInsight'
import { relationshipState, type RelationshipState } from '../../src/insight/relationshipState'
import { fixedTone } from './fixedTone'
import { now, type HistoryBuilder } from './historyBuilder'

export function stateOf(
  builder: HistoryBuilder,
  readings: Record<number, SentimentReading> = {},
  settings: InsightSettings = defaultInsightSettings,
  words: Record<number, string[]> = {}
): RelationshipState {
  const history = builder.build()
  const timeline = requesterTimeline(history, now)
  const totals = ticketTotals(timeline, history.coverage, 0, now.getTime())
  return relationshipState(timeline, fixedTone(readings, words), settings, totals)
}
