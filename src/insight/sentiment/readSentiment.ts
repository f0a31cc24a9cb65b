/**
 * Tone of one already-cleaned customer text, with the cues that drove it. Steps, each its own module: tokenize
 * (keeping punctuation, emoji, capitals), weigh words and phrases in context (the `sentiment` package's AFINN
 * labels and emoji ratings plus support-domain entries), add emphasis cues, then combine into a bounded score.
 */
import type { SentimentCue, SentimentLabel, SentimentReading } from '../relationshipInsight'
import { emphasisCues } from './emphasisCues'
import { thresholds } from './lexicon/thresholds'
import { tokenizeForSentiment } from './tokenizeForSentiment'
import { weighTokens, type WeighedCue } from './weighTokens'

const maxCues = 8

const unknownReading = (language: string | null): SentimentReading => ({
  score: 0,
  label: 'unknown',
  confidence: 0,
  language,
  cues: []
})

/** A politeness formula counts only in a message that says nothing negative ("thanks" after a complaint is form). */
function effectiveCues(cues: WeighedCue[]): WeighedCue[] {
  const saysSomethingNegative = cues.some((cue) => cue.weight < 0 && cue.kind !== 'politeness')
  return saysSomethingNegative ? cues.filter((cue) => cue.kind !== 'politeness') : cues
}

/** Problem words alone describe an issue; a negative label needs a cue of feeling or a clearly negative sum. */
function labelOf(score: number, cues: WeighedCue[]): SentimentLabel {
  if (score >= thresholds.neutralBand) return 'positive'
  if (score > -thresholds.neutralBand) return 'neutral'
  const feelsNegative = cues.some((cue) => cue.weight < 0 && cue.kind !== 'problem')
  return feelsNegative || score <= -0.5 ? 'negative' : 'neutral'
}

function confidenceOf(score: number, label: SentimentLabel, cues: WeighedCue[], wordCount: number): number {
  let positive = 0
  let negative = 0
  for (const cue of cues) {
    if (cue.weight > 0) positive += cue.weight
    else negative -= cue.weight
  }
  const conflict = positive + negative === 0 ? 0 : Math.min(positive, negative) / Math.max(positive, negative)
  const length = Math.min(1, wordCount / 6)
  if (label === 'neutral') return (cues.length === 0 ? 0.5 : 0.4) * (0.5 + 0.5 * length) * (1 - 0.5 * conflict)
  return Math.min(1, 0.25 + Math.abs(score)) * (1 - 0.5 * conflict) * (0.6 + 0.4 * length)
}

function publicCues(cues: WeighedCue[]): SentimentCue[] {
  return cues
    .filter((cue) => cue.weight !== 0)
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .slice(0, maxCues)
    .map((cue) => ({ kind: cue.kind, text: cue.text, weight: Math.round(cue.weight * 100) / 100 }))
}

export function readSentiment(text: string): SentimentReading {
  const tokens = tokenizeForSentiment(text)
  const weighed = weighTokens(tokens)
  const hasSymbols = weighed.cues.some((cue) => cue.kind === 'symbol')
  if (weighed.wordCount < thresholds.minimumWords && !hasSymbols) return unknownReading(null)
  const language = 'en'
  const emphasis = emphasisCues(tokens, weighed)
  const cues = effectiveCues([...weighed.cues, ...emphasis.cues])
  let sum = 0
  for (const cue of cues) sum += cue.weight
  sum *= emphasis.amplification
  const score = sum / Math.sqrt(sum * sum + thresholds.normalizationAlpha)
  const label = labelOf(score, cues)
  return { score, label, confidence: confidenceOf(score, label, cues, weighed.wordCount), language, cues: publicCues(cues) }
}
