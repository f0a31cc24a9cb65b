/**
 * A ToneReader with readings chosen by the test, so trend, scorecard and pattern rules are specified without
 * depending on how the sentiment engine happens to read a sentence today.
 */
import type { TimelineTicket } from '../../src/insight/history/requesterTimeline'
import type { SentimentLabel, SentimentReading } from '../../src/insight/relationshipInsight'
import type { ToneReader } from '../../src/insight/tone/toneReader'

/** A reading with, unless the label is neutral or unknown, one word of feeling in its direction as the cue. */
export function reading(score: number, label?: SentimentLabel, language: string | null = 'en'): SentimentReading {
  const inferred: SentimentLabel = score >= 0.1 ? 'positive' : score <= -0.1 ? 'negative' : 'neutral'
  const final = label ?? inferred
  const cues =
    final === 'positive'
      ? [{ kind: 'word', text: 'great', weight: 3 }]
      : final === 'negative'
        ? [{ kind: 'word', text: 'awful', weight: -3 }]
        : []
  return { score, label: final, confidence: 0.8, language, cues }
}

/** Readings by ticket id; tickets not listed have no requester words. */
export function fixedTone(
  readings: Record<number, SentimentReading>,
  words: Record<number, string[]> = {}
): ToneReader {
  return {
    ticketTone(entry: TimelineTicket) {
      const found = readings[entry.ticket.id]
      return { words: words[entry.ticket.id] ?? (found ? ['(text)'] : []), reading: found ?? null }
    }
  }
}
