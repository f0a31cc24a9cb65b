/**
 * One reading for several messages of the same ticket. The latest message weighs most (each message counts
 * `latestMessageWeight` times the one before it): how the customer feels now matters more than how the thread
 * began. Messages read as 'unknown' do not vote; if none is known the whole is unknown.
 */
import { insightModel } from '../insightSettings'
import type { SentimentCue, SentimentLabel, SentimentReading } from '../relationshipInsight'

const maxCues = 8

export function unknownReading(language: string | null): SentimentReading {
  return { score: 0, label: 'unknown', confidence: 0, language, cues: [] }
}

/** `readings` oldest first. */
export function combineReadings(readings: SentimentReading[]): SentimentReading {
  let language: string | null = null
  for (const reading of readings) language = reading.language ?? language
  const known = readings
    .map((reading, index) => ({ reading, weight: insightModel.latestMessageWeight ** index }))
    .filter(({ reading }) => reading.label !== 'unknown')
  if (known.length === 0) return unknownReading(language)

  let weightSum = 0
  let score = 0
  let confidence = 0
  const votes = new Map<SentimentLabel, number>()
  for (const { reading, weight } of known) {
    weightSum += weight
    score += reading.score * weight
    confidence += reading.confidence * weight
    votes.set(reading.label, (votes.get(reading.label) ?? 0) + weight)
  }
  // The latest message outweighs all earlier ones together, so its label leads; but when the weighted score
  // points the other way (an angry thread closed by a polite "thanks"), the ticket as a whole reads neutral.
  let label: SentimentLabel = known[known.length - 1]!.reading.label
  for (const [candidate, votesFor] of votes) if (votesFor > (votes.get(label) ?? 0)) label = candidate
  const combinedScore = clampScore(score / weightSum)
  if ((label === 'positive' && combinedScore <= 0) || (label === 'negative' && combinedScore >= 0)) label = 'neutral'

  return {
    score: combinedScore,
    label,
    confidence: Math.min(1, Math.max(0, confidence / weightSum)),
    language,
    cues: latestCuesFirst(known.map(({ reading }) => reading))
  }
}

function latestCuesFirst(readings: SentimentReading[]): SentimentCue[] {
  const seen = new Set<string>()
  const cues: SentimentCue[] = []
  for (let index = readings.length - 1; index >= 0 && cues.length < maxCues; index--) {
    for (const cue of readings[index]!.cues) {
      const id = `${cue.kind}\u0000${cue.text}`
      if (seen.has(id) || cues.length >= maxCues) continue
      seen.add(id)
      cues.push(cue)
    }
  }
  return cues
}

function clampScore(score: number): number {
  return Number.isFinite(score) ? Math.min(1, Math.max(-1, score)) : 0
}
