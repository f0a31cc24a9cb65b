/**
 * How a message tells its facts: the pairs of adjacent words in it that carry no feeling of their own ("for
 * nothing", "gave away", "# weeks", "still active"), looked up in the tone decision's fitted pairs. A complaint told
 * as facts ("Ordered a 15kg bag of dog food. Got 2kg of cat treats.") has no word of feeling for the rules to read;
 * these pairs are where its frustration is. Only pairs fitted on support text across several writers are kept (see
 * test/eval/trainToneDecision.ts), so a topic pair one corpus happened to use in complaints weighs nothing.
 */
import type { SentimentToken } from './tokenizeForSentiment'

const hasDigit = /\d/

/** A word as the pairs are keyed: every number is one word ("#"), so "3 weeks" and "11 weeks" are one pair. */
const pairWord = (token: SentimentToken) => (hasDigit.test(token.text) ? '#' : token.text)

export interface StoryPair {
  /** The pair as fitted ("# weeks"). */
  key: string
  /** The pair as the customer wrote it ("3 weeks"), for the cue. */
  text: string
}

/** The pairs of the text that `vocabulary` holds, each once, in the order they come. */
export function storyPairsOf(tokens: SentimentToken[], vocabulary: { has(pair: string): boolean }): StoryPair[] {
  const pairs: StoryPair[] = []
  let previous: SentimentToken | null = null
  let previousWord = ''
  for (const token of tokens) {
    if (token.kind !== 'word') {
      previous = null
      continue
    }
    const word = pairWord(token)
    if (previous !== null) {
      const key = previousWord + ' ' + word
      if (vocabulary.has(key) && !pairs.some((pair) => pair.key === key)) {
        pairs.push({ key, text: previous.text + ' ' + token.text })
      }
    }
    previous = token
    previousWord = word
  }
  return pairs
}
