/**
 * Combines the rule reading with the learned word weights (a logistic regression fitted on the tuning split of
 * the development sets, see test/eval/trainLearnedWeights.ts) into one logit. Every contribution stays a cue:
 * the rule cues rescaled to the logit, plus one cue per learned word, so the "why" covers the whole score.
 */
import learnedWeights from './lexicon/learnedWeights.json'
import { learnedFeatureKeys } from './learnedFeatures'
import { wordValence } from './lexicon/sentimentLexicon'
import type { RuleTone } from './ruleTone'
import type { SentimentToken } from './tokenizeForSentiment'
import type { WeighedCue } from './weighTokens'

const wordWeights: ReadonlyMap<string, number> = new Map(Object.entries(learnedWeights.words))
const ruleToLogit = learnedWeights.rulesWeight / learnedWeights.rulesScale

/** A word either lexicon knows: evidence that a text is English even when the language detector doubts it. */
export function isEnglishWord(word: string): boolean {
  return wordWeights.has(word) || wordValence.has(word)
}

export interface LearnedTone {
  /** Log-odds of positive over negative. */
  logit: number
  /** Rule cues rescaled to the logit, then the learned words. */
  cues: WeighedCue[]
}

export function learnedTone(tokens: SentimentToken[], tone: RuleTone): LearnedTone {
  const cues: WeighedCue[] = tone.cues.map((cue) => ({ ...cue, weight: cue.weight * ruleToLogit }))
  let logit = learnedWeights.bias + tone.sum * ruleToLogit
  for (const key of learnedFeatureKeys(tokens, tone)) {
    const weight = wordWeights.get(key)
    if (weight === undefined) continue
    logit += weight
    cues.push({ kind: 'learned', text: key, weight, sentence: -1 })
  }
  return { logit, cues }
}
