/**
 * How a message tells its facts: the pairs of adjacent words in it that carry no feeling of their own ("told me",
 * "paid for", "the third", "on hold"), looked up in the tone decision's fitted pairs. A complaint told
 * as facts ("Ordered a 15kg bag of dog food. Got 2kg of cat treats.") has no word of feeling for the rules to read;
 * these pairs are where its frustration is. Only pairs fitted on support text across several writers are kept (see
 * test/eval/trainToneDecision.ts), so a topic pair one corpus happened to use in complaints weighs nothing.
 */
import type { SentimentToken } from './tokenizeForSentiment'

/**
 * A number (an order, a date, an amount) is never part of a pair: fitted as one word ("#"), pairs such as "on #" and
 * "a #" leaned negative because complaints cite dates and amounts, which requests do too ("order 4471 placed on 3
 * May"); without them the validation sets lost half a point of macro-F1 at most.
 */
const hasDigit = /\d/

/** The pairs a word starts, by their second word (each pair's key is its two words). */
export type PairFollowers = { get(second: string): string | undefined }

/**
 * Which pairs a word starts. The fitted ones sit on the word's lexicon role (looked up once by the tokenizer), and a
 * reading collects them in the scoring strategy's first pass (weighTokens); this function is for training and tests.
 */
export interface PairVocabulary {
  after(token: SentimentToken): PairFollowers | null | undefined
}

export const fittedPairs: PairVocabulary = { after: (token) => token.role?.pairs }

/** Every pair: what the training script reads, before it keeps the pairs it fits. */
export const everyPair: PairVocabulary = { after: (token) => ({ get: (second) => token.text + ' ' + second }) }

/** Shared by every text without a pair: never written to. */
const noPairs: readonly string[] = []

/** The pairs of the text that `vocabulary` holds, each once, in the order they come (as weighTokens collects them). */
export function storyPairsOf(tokens: SentimentToken[], vocabulary: PairVocabulary): readonly string[] {
  let pairs: string[] | null = null
  let followers: PairFollowers | null | undefined
  for (const token of tokens) {
    if (token.kind !== 'word') {
      followers = undefined
      continue
    }
    const pair = followers?.get(token.text)
    if (pair !== undefined && !hasDigit.test(pair) && (pairs === null || !pairs.includes(pair)))
      (pairs ??= []).push(pair)
    followers = vocabulary.after(token)
  }
  return pairs ?? noPairs
}
