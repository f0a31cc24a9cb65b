/**
 * Tone carried by how something is written rather than by words: runs of ?? or ?!, exclamation marks, and
 * shouting in capitals. Exclamations and shouting strengthen whatever the words already say; with no tone words
 * at all, ?? and shouting still read as exasperation.
 */
import { thresholds } from './lexicon/thresholds'
import type { SentimentToken } from './tokenizeForSentiment'
import type { WeighedCue, WeighedTokens } from './weighTokens'

export interface Emphasis {
  /** Cues that add weight of their own. */
  cues: WeighedCue[]
  /** Factor for the summed weight of the words (exclamations, shouting). */
  amplification: number
}

function longestCapsRun(tokens: SentimentToken[]): number {
  let longest = 0
  let run = 0
  for (const token of tokens) {
    if (token.kind !== 'word') continue
    run = token.caps ? run + 1 : 0
    if (run > longest) longest = run
  }
  return longest
}

export function emphasisCues(tokens: SentimentToken[], weighed: WeighedTokens): Emphasis {
  const cues: WeighedCue[] = []
  let exclamations = 0
  let wordSum = 0
  for (const cue of weighed.cues) wordSum += cue.weight
  for (const token of tokens) {
    if (token.kind === 'exclaim') exclamations += token.text.length
    // "?!" after praise is excitement; after a complaint or on its own, exasperation.
    else if (token.kind === 'question' && token.text.length > 1 && wordSum <= 0) {
      cues.push({ kind: 'frustration', text: token.text, weight: thresholds.questionRunWeight, sentence: -1 })
    }
  }
  let amplification = 1 + Math.min(exclamations, thresholds.maxExclamations) * (thresholds.exclamationBoost / 4)
  const shouting = weighed.allCaps
    ? weighed.wordCount >= thresholds.shoutingRunWords
    : longestCapsRun(tokens) >= thresholds.shoutingRunWords
  if (shouting) {
    if (weighed.cues.length === 0) {
      cues.push({ kind: 'frustration', text: 'CAPS', weight: thresholds.shoutingWeight, sentence: -1 })
    } else amplification *= thresholds.shoutingFactor
  }
  return { cues, amplification }
}
