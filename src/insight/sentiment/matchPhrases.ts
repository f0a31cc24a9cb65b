/** Finds the lexicon's multi-word expressions in a token stream, longest match first, without overlaps. */
import { phrasesByFirstWord, type LexiconPhrase } from './lexicon/sentimentLexicon'
import type { SentimentToken } from './tokenizeForSentiment'

export interface PhraseMatch {
  phrase: LexiconPhrase
  start: number
  /** Index after the last token of the phrase. */
  end: number
}

function matchesAt(tokens: SentimentToken[], start: number, words: string[]): boolean {
  if (start + words.length > tokens.length) return false
  for (let offset = 0; offset < words.length; offset++) {
    const token = tokens[start + offset]!
    if (token.kind !== 'word' || token.text !== words[offset]) return false
  }
  return true
}

/**
 * Returns, for each token index that starts a phrase, the match (tokens inside a match are skipped); null when
 * the text has no phrase, which is most texts.
 */
export function matchPhrases(tokens: SentimentToken[]): Map<number, PhraseMatch> | null {
  let matches: Map<number, PhraseMatch> | null = null
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.kind !== 'word') continue
    const candidates = phrasesByFirstWord.get(token.text)
    const phrase = candidates?.find((candidate) => matchesAt(tokens, index, candidate.words))
    if (!phrase) continue
    matches ??= new Map()
    matches.set(index, { phrase, start: index, end: index + phrase.words.length })
    index += phrase.words.length - 1
  }
  return matches
}
