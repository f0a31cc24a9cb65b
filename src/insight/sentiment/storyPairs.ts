/**
 * How a message tells its facts: the pairs of adjacent words in it that carry no feeling of their own ("told me",
 * "paid for", "the third", "on hold"), looked up in the tone decision's fitted pairs. A complaint told
 * as facts ("Ordered a 15kg bag of dog food. Got 2kg of cat treats.") has no word of feeling for the rules to read;
 * these pairs are where its frustration is. Only pairs fitted on support text across several writers are kept (see
 * test/eval/trainToneDecision.ts), so a topic pair one corpus happened to use in complaints weighs nothing.
 */
import type { SentimentToken } from './tokenizeForSentiment'

/**
 * A number (an order, a date, an amount) ends a pair: fitted as one word ("#"), pairs such as "on #" and "a #" leaned
 * negative because complaints cite dates and amounts, which requests do too ("order 4471 placed on 3 May"); without
 * them the validation sets lost half a point of macro-F1 at most.
 */
const hasDigit = /\d/

/** The pairs of the text that `vocabulary` holds, each once, in the order they come. */
export function storyPairsOf(tokens: SentimentToken[], vocabulary: { has(pair: string): boolean }): string[] {
  const pairs: string[] = []
  let previous: string | null = null
  for (const token of tokens) {
    if (token.kind !== 'word' || hasDigit.test(token.text)) {
      previous = null
      continue
    }
    if (previous !== null) {
      const pair = previous + ' ' + token.text
      if (vocabulary.has(pair) && !pairs.includes(pair)) pairs.push(pair)
    }
    previous = token.text
  }
  return pairs
}
