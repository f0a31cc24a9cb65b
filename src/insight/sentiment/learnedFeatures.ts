/**
 * The words the learned layer looks at: every word read one by one (not inside a lexicon phrase, which the rules
 * own), marked with ~ when it sits inside a negation scope ("not … worth" gives ~worth). Shared by the reading and
 * by the training script, so training and use cannot drift apart. Closed-class words, greetings, corpus
 * placeholders, problem words and numbers are left out.
 */
import neutralWords from './lexicon/neutralWords.json'
import { problemWords } from './lexicon/sentimentLexicon'
import type { SentimentToken } from './tokenizeForSentiment'
import type { WeighedTokens } from './weighTokens'

export const negatedMark = '~'

/** Problem words stay with the rules, which keep them mild: a learned weight would make every bug report angry. */
const ignored: ReadonlySet<string> = new Set([...neutralWords.words, ...problemWords])
const hasDigit = /\d/

export function learnedFeatureKeys(tokens: SentimentToken[], weighed: WeighedTokens): string[] {
  const keys: string[] = []
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.kind !== 'word' || weighed.inPhrase[index] || ignored.has(token.text) || hasDigit.test(token.text)) continue
    const key = weighed.negated[index] ? negatedMark + token.text : token.text
    if (!keys.includes(key)) keys.push(key)
  }
  return keys
}
