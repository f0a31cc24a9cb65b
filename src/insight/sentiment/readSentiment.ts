/**
 * Tone of one already-cleaned customer text, with the cues that drove it. Steps, each its own module: tokenize
 * (keeping punctuation, emoji, capitals), weigh words and phrases by rules (the `sentiment` package's AFINN labels
 * and emoji ratings plus support-domain entries, in context), add the learned word weights, then turn the log-odds
 * into a bounded score, a label and a confidence. Texts in a language other than English are not scored.
 */
import { detectLanguage } from '../language/detectLanguage'
import type { SentimentCue, SentimentLabel, SentimentReading } from '../relationshipInsight'
import { learnedTone } from './learnedTone'
import { isEnglishWord } from './learnedTone'
import { thresholds } from './lexicon/thresholds'
import { ruleTone, type RuleTone } from './ruleTone'
import { tokenizeForSentiment } from './tokenizeForSentiment'
import type { WeighedCue } from './weighTokens'

const maxCues = 8

const unknownReading = (language: string | null): SentimentReading => ({
  score: 0,
  label: 'unknown',
  confidence: 0,
  language,
  cues: []
})

/** Cue kinds that lean a score but do not show a feeling: problem words, yes/no answers, learned words. */
export const unfeltCueKinds: ReadonlySet<string> = new Set(['problem', 'answer', 'learned'])

/**
 * Cue kinds never quoted to an agent as the customer's feeling: the unfelt kinds, and politeness formulas ("thank
 * you for your help"), which may tip a label positive but are form, not delight. The single list the insight
 * engine's evidence reads.
 */
export const unquotedCueKinds: ReadonlySet<string> = new Set([...unfeltCueKinds, 'politeness'])

/**
 * A polar label needs a rule cue of feeling in that direction (problem words, answers and learned words alone do
 * not count) or a clearly polar score: describing a problem is not being upset, and a word that merely correlated
 * with praise in the training corpora is not praise.
 */
function labelOf(score: number, cues: WeighedCue[], tone: RuleTone): SentimentLabel {
  if (Math.abs(score) < thresholds.neutralBand) return 'neutral'
  const direction = Math.sign(score)
  // A thanks that closes a request or a longer message is form ("Could you check? Thanks", "Noted, thanks. I'll
  // wait for the engineer"); a message that is little more than the thanks is gratitude.
  const formalThanks = tone.asks || tone.wordCount > thresholds.gratitudeOnlyWords
  const felt = cues.some(
    (cue) =>
      Math.sign(cue.weight) === direction &&
      !unfeltCueKinds.has(cue.kind) &&
      !(formalThanks && cue.kind === 'politeness')
  )
  if (!felt && Math.abs(score) < thresholds.clearlyPolar) return 'neutral'
  return direction > 0 ? 'positive' : 'negative'
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
  if (label === 'neutral') return (1 - Math.abs(score)) * (0.4 + 0.3 * length) * (1 - 0.5 * conflict)
  return Math.min(1, 0.25 + Math.abs(score)) * (1 - 0.5 * conflict) * (0.6 + 0.4 * length)
}

/**
 * The cues worth naming, strongest first and equally strong ones in their order: an insertion sort, because a text
 * has few cues and setting up Array.prototype.sort costs more than sorting them.
 */
function strongestFirst(cues: WeighedCue[]): WeighedCue[] {
  const strong: WeighedCue[] = []
  for (const cue of cues) {
    const strength = Math.abs(cue.weight)
    if (strength < 0.005) continue
    let at = strong.length
    strong.push(cue)
    for (; at > 0 && Math.abs(strong[at - 1]!.weight) < strength; at--) strong[at] = strong[at - 1]!
    strong[at] = cue
  }
  return strong
}

function publicCues(cues: WeighedCue[]): SentimentCue[] {
  const strong = strongestFirst(cues)
  const count = Math.min(strong.length, maxCues)
  const result: SentimentCue[] = new Array<SentimentCue>(count)
  for (let index = 0; index < count; index++) {
    const cue = strong[index]!
    result[index] = { kind: cue.kind, text: cue.text, weight: Math.round(cue.weight * 100) / 100 }
  }
  return result
}

export function readSentiment(text: string): SentimentReading {
  const tokens = tokenizeForSentiment(text)
  const tone = ruleTone(tokens, text)
  if (tone.wordCount < thresholds.minimumWords && !tone.cues.some((cue) => cue.kind === 'symbol')) {
    return unknownReading(null)
  }
  // Rapport scores English only: another language would be read through the wrong lexicon.
  const language = detectLanguage(text, tokens, isEnglishWord)
  if (language !== null && language !== 'en') return unknownReading(language)
  const { logit, cues } = learnedTone(tokens, tone)
  if (cues.length === 0 && tone.wordCount <= thresholds.silentShortTextWords) return unknownReading(language)
  const score = Math.tanh(logit / 2)
  const label = labelOf(score, cues, tone)
  return {
    score,
    label,
    confidence: confidenceOf(score, label, cues, tone.wordCount),
    language,
    cues: publicCues(cues)
  }
}
