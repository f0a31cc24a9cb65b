/**
 * Tone of one already-cleaned customer text. First version: the `sentiment` package's AFINN sum, squashed into
 * [-1, 1]. The support-aware reading replaces the scoring step behind this same signature.
 */
import Sentiment from 'sentiment'
import type { SentimentCue, SentimentLabel, SentimentReading } from '../relationshipInsight'

const analyzer = new Sentiment()

/** A score this close to 0 reads as neutral. */
const neutralBand = 0.05

export function readSentiment(text: string): SentimentReading {
  const result = analyzer.analyze(text)
  const words = result.tokens.filter((token) => token.length > 0)
  if (words.length === 0) return { score: 0, label: 'unknown', confidence: 0, language: null, cues: [] }
  const score = result.score / Math.sqrt(result.score * result.score + 15)
  const cues: SentimentCue[] = result.calculation.flatMap((entry) =>
    Object.entries(entry).map(([word, weight]) => ({ kind: 'word', text: word, weight: Number(weight) }))
  )
  const label: SentimentLabel = score > neutralBand ? 'positive' : score < -neutralBand ? 'negative' : 'neutral'
  return { score, label, confidence: Math.min(1, Math.abs(score) + cues.length * 0.1), language: 'en', cues }
}
