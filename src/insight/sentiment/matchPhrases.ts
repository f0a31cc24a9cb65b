/** Finds the lexicon phrase (multi-word expression) that starts at a token, longest first. */
import type { LexiconPhrase } from './lexicon/sentimentLexicon'
import type { SentimentToken } from './tokenizeForSentiment'

function matchesAt(tokens: SentimentToken[], start: number, words: string[]): boolean {
  if (start + words.length > tokens.length) return false
  for (let offset = 1; offset < words.length; offset++) {
    const token = tokens[start + offset]!
    if (token.kind !== 'word' || token.text !== words[offset]) return false
  }
  return true
}

/** `candidates`: the phrases that start with the word at `start`, longest first (see WordRole.phrases). */
export function phraseAt(
  tokens: SentimentToken[],
  start: number,
  candidates: LexiconPhrase[]
): LexiconPhrase | undefined {
  for (const candidate of candidates) if (matchesAt(tokens, start, candidate.words)) return candidate
  return undefined
}
