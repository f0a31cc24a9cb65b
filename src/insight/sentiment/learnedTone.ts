/**
 * Combines the rule reading with the learned word weights (a logistic regression fitted on the tuning split of
 * the development sets, see test/eval/trainLearnedWeights.ts) into one logit. Every contribution stays a cue:
 * the rule cues rescaled to the logit, plus one cue per learned word, so the "why" covers the whole score.
 */
import learnedWeights from './lexicon/learnedWeights.json'
import { learnedFeatureKeyAt } from './learnedFeatures'
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

/** A word counts once per text, as in training; the learned cues found so far are few, so a scan is cheapest. */
function alreadyCounted(cues: WeighedCue[], from: number, key: string): boolean {
  for (let index = from; index < cues.length; index++) if (cues[index]!.text === key) return true
  return false
}

export interface LearnedTone {
  /** Log-odds of positive over negative. */
  logit: number
  /** The rule cues (rescaled to the logit in place), then the learned words. */
  cues: WeighedCue[]
}

export function learnedTone(tokens: SentimentToken[], tone: RuleTone): LearnedTone {
  const cues = tone.cues
  for (const cue of cues) cue.weight *= ruleToLogit
  let logit = learnedWeights.bias + tone.sum * ruleToLogit
  const ruleCueCount = cues.length
  for (let index = 0; index < tokens.length; index++) {
    const key = learnedFeatureKeyAt(tokens, tone, index)
    if (key === null) continue
    const weight = wordWeights.get(key)
    if (weight === undefined || alreadyCounted(cues, ruleCueCount, key)) continue
    logit += weight
    cues.push({ kind: 'learned', text: key, weight, sentence: -1 })
  }
  return { logit, cues }
}
