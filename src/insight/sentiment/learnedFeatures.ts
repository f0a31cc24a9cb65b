/**
 * The words the learned layer looks at: every word read one by one (not inside a lexicon phrase, which the rules
 * own), marked with ~ when it sits inside a negation scope ("not … worth" gives ~worth). Shared by the reading and
 * by the training script, so training and use cannot drift apart. Only words that can carry feeling toward a
 * company are weighed (the allow-list in lexicon/feelingWords.json); closed-class words, greetings, corpus
 * placeholders, problem words, yes/no answers and numbers never are.
 */
import feelingWords from './lexicon/feelingWords.json'
import neutralWords from './lexicon/neutralWords.json'
import { answerWords, problemWords, wordValence } from './lexicon/sentimentLexicon'
import type { SentimentToken } from './tokenizeForSentiment'

export const negatedMark = '~'

/**
 * Problem words and yes/no answers stay with the rules, which keep them mild: a learned weight would make every
 * bug report angry and every "No, that is all" a complaint.
 */
const ignored: ReadonlySet<string> = new Set([...neutralWords.words, ...problemWords, ...answerWords])
const hasDigit = /\d/

const listedFeelingWords: ReadonlySet<string> = new Set(Object.values(feelingWords.groups).flat())
const derivations = Object.entries(feelingWords.derivations).filter(
  (entry): entry is [string, string] => entry[0] !== '$comment'
)
const isRated = (word: string) => (wordValence.get(word) ?? 0) !== 0

/**
 * Whether a word can say how the customer feels: rated by a lexicon (a rating of 0 marks a topic word), listed as
 * evaluative, or a regular form of a rated word ("sucked", "nicely"). Topic and genre words ("portrait",
 * "birthday", "generic") and closed-class words ("neither") cannot, whatever they correlated with in training.
 */
export function carriesFeeling(word: string): boolean {
  if (isRated(word) || listedFeelingWords.has(word)) return true
  for (const [suffix, replacement] of derivations) {
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) {
      if (isRated(word.slice(0, -suffix.length) + replacement)) return true
    }
  }
  return false
}

/**
 * The learned-layer key of the token at `index`, or null when the learned layer does not look at it. `feeling`
 * decides which words may carry weight: the training script widens it with a published opinion lexicon
 * (test/eval/opinionWords.ts) that is never shipped; what it admitted is in the learned weights file.
 */
export function learnedFeatureKeyAt(
  tokens: SentimentToken[],
  index: number,
  feeling: (word: string) => boolean = carriesFeeling
): string | null {
  const token = tokens[index]!
  if (token.kind !== 'word' || token.inPhrase === true) return null
  if (ignored.has(token.text) || hasDigit.test(token.text) || !feeling(token.text)) return null
  return token.negated === true ? negatedMark + token.text : token.text
}

/**
 * Every key of a text, each once (the model is fitted on presence, not counts). Call after the scoring strategy
 * (weighTokens) has marked negation scopes and phrases on the tokens.
 */
export function learnedFeatureKeys(
  tokens: SentimentToken[],
  feeling: (word: string) => boolean = carriesFeeling
): string[] {
  const keys = new Set<string>()
  for (let index = 0; index < tokens.length; index++) {
    const key = learnedFeatureKeyAt(tokens, index, feeling)
    if (key !== null) keys.add(key)
  }
  return [...keys]
}
