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
import { ruleTone } from './ruleTone'
import { decideLabel, decisionEvidence, storyCues, unfeltCueKinds, type DecisionEvidence } from './toneDecision'
import type { PairVocabulary } from './storyPairs'
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

/**
 * Cue kinds never quoted to an agent as the customer's feeling: the unfelt kinds, and politeness formulas ("thank
 * you for your help"), which may tip a label positive but are form, not delight. The single list the insight
 * engine's evidence reads.
 */
export const unquotedCueKinds: ReadonlySet<string> = new Set([...unfeltCueKinds, 'politeness', 'story'])

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

/** What a reading is made of before its label is decided; the tone decision's training reads the same. */
export interface ToneEvidence {
  score: number
  cues: WeighedCue[]
  /** The tone decision's inputs and register words (toneDecision.ts). */
  decision: DecisionEvidence
  wordCount: number
  language: string | null
}

/**
 * The evidence for a text, or the reading it gets when there is nothing to read (too short, another language).
 * `registerVocabulary` is for the tone decision's training, which looks at all its candidate register words.
 */
export function toneEvidence(
  text: string,
  registerVocabulary?: { has(word: string): boolean },
  pairVocabulary?: PairVocabulary
): ToneEvidence | SentimentReading {
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
  const decision = decisionEvidence(cues, logit, tone, tokens, registerVocabulary, pairVocabulary)
  return { score: Math.tanh(logit / 2), cues, decision, wordCount: tone.wordCount, language }
}

/** The reading's cues and the story pairs behind its label, which explain the label but were never in the score. */
function withStoryCues(cues: WeighedCue[], pairs: readonly string[], label: SentimentLabel): WeighedCue[] {
  if (pairs.length === 0) return cues
  const story = storyCues(pairs, label)
  return story.length === 0 ? cues : [...cues, ...story]
}

export function readSentiment(text: string): SentimentReading {
  const evidence = toneEvidence(text)
  if ('label' in evidence) return evidence
  const { score, cues, language } = evidence
  const label = decideLabel(evidence.decision.values, evidence.decision.words)
  return {
    score,
    label,
    confidence: confidenceOf(score, label, cues, evidence.wordCount),
    language,
    cues: publicCues(withStoryCues(cues, evidence.decision.pairs, label))
  }
}
