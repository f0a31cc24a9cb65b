/**
 * The one mapping from a tone reading to what the sidebar says about it, shared by the tone tag, the trend, the
 * scorecard, the patterns and the alerts:
 *
 * | label    | score held to              | tag      | alert                                                      |
 * | -------- | -------------------------- | -------- | ---------------------------------------------------------- |
 * | negative | [-1, -neutralBand]         | Negative | frustrated when score ≤ frustratedAlertThreshold, with words of feeling |
 * | neutral  | [-neutralBand, neutralBand] | Neutral  | none                                                       |
 * | positive | [neutralBand, 1]           | Positive | delighted when score ≥ delightedAlertThreshold, with words of delight   |
 * | unknown  | 0                          | Unknown  | none                                                       |
 *
 * The reader's label decides (it knows that describing a problem is not being upset); the score is held inside
 * the label's band so no view can show "neutral" beside a score past the frustration threshold, and a neutral
 * ticket never drags the trend or Emotional alignment as if it were negative. The alert thresholds are bands
 * inside the polar labels, so an alert always agrees with the tag.
 */
import type { InsightSettings } from '../insightSettings'
import type { SentimentReading } from '../relationshipInsight'
import { thresholds } from '../sentiment/lexicon/thresholds'

const band = thresholds.neutralBand

export function bandedReading(reading: SentimentReading): SentimentReading {
  const score = heldScore(reading)
  return score === reading.score ? reading : { ...reading, score }
}

function heldScore({ label, score }: SentimentReading): number {
  if (label === 'unknown') return 0
  if (label === 'neutral') return Math.min(band, Math.max(-band, score))
  if (label === 'negative') return Math.min(-band, score)
  return Math.max(band, score)
}

/** Negative at or below the frustration threshold: the frustrated alert's band (words of feeling still needed). */
export function inFrustratedBand(reading: SentimentReading, settings: InsightSettings): boolean {
  return reading.label === 'negative' && reading.score <= settings.frustratedAlertThreshold
}

/** Positive at or above the delight threshold: the delighted alert's band (words of delight still needed). */
export function inDelightedBand(reading: SentimentReading, settings: InsightSettings): boolean {
  return reading.label === 'positive' && reading.score >= settings.delightedAlertThreshold
}
