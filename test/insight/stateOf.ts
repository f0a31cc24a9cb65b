/** A RelationshipState for step tests: the real timeline and signals, with tone readings chosen by the test. */
import { requesterTimeline } from '../../src/insight/history/requesterTimeline'
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
  return relationshipState(requesterTimeline(builder.build(), now), fixedTone(readings, words), settings)
}
