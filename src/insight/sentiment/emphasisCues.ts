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

/** The longest run of words written in capitals (in an all-caps text, all of it): where and how long. */
function longestCapsRun(tokens: SentimentToken[]): { start: number; end: number; words: number } {
  let best = 0
  let bestStart = 0
  let bestEnd = 0
  let start = -1
  let words = 0
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.kind !== 'word') continue
    if (!token.caps) {
      start = -1
      words = 0
      continue
    }
    if (start < 0) start = index
    words++
    if (words > best) {
      best = words
      bestStart = start
      bestEnd = index + 1
    }
  }
  return { start: bestStart, end: bestEnd, words: best }
}

/** The shouted words themselves are the cue's text (the customer's own words, nothing to translate). */
function shoutedText(tokens: SentimentToken[], run: { start: number; end: number }): string {
  return tokens
    .slice(run.start, run.end)
    .filter((token) => token.kind === 'word')
    .map((token) => token.text.toUpperCase())
    .join(' ')
}

export function emphasisCues(tokens: SentimentToken[], weighed: WeighedTokens): Emphasis {
  const cues: WeighedCue[] = []
  // Each count comes from the scoring strategy's first pass, so a text without ?? or shouting is not scanned again.
  if (weighed.exasperated) {
    let wordSum = 0
    for (const cue of weighed.cues) wordSum += cue.weight
    // "?!" after praise is excitement; after a complaint or on its own, exasperation.
    for (const token of tokens) {
      if (token.kind === 'question' && token.text.length > 1 && wordSum <= 0) {
        cues.push({ kind: 'frustration', text: token.text, weight: thresholds.questionRunWeight, sentence: -1 })
      }
    }
  }
  const exclamations = weighed.exclamationMarks
  let amplification = 1 + Math.min(exclamations, thresholds.maxExclamations) * (thresholds.exclamationBoost / 4)
  if (weighed.capsWords < thresholds.shoutingRunWords) return { cues, amplification }
  const run = longestCapsRun(tokens)
  if (run.words >= thresholds.shoutingRunWords) {
    if (weighed.cues.length === 0) {
      cues.push({
        kind: 'frustration',
        text: shoutedText(tokens, run),
        weight: thresholds.shoutingWeight,
        sentence: -1
      })
    } else amplification *= thresholds.shoutingFactor
  }
  return { cues, amplification }
}
