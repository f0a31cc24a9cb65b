/** Marker lists of one or more words, matched on the tokens: indexed by first word, longest first. */
import type { SentimentToken } from './tokenizeForSentiment'

export type MarkerIndex = ReadonlyMap<string, string[][]>

export function indexMarkers(markers: readonly string[]): MarkerIndex {
  const index = new Map<string, string[][]>()
  for (const marker of markers) {
    const words = marker.split(' ')
    index.set(words[0]!, [...(index.get(words[0]!) ?? []), words])
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length)
  return index
}

/** Number of words of the longest marker starting at `start` (0 when none); phrases and negation are ignored. */
export function markerLengthAt(tokens: SentimentToken[], start: number, index: MarkerIndex): number {
  const first = tokens[start]
  if (first?.kind !== 'word') return 0
  const candidates = index.get(first.text)
  if (candidates === undefined) return 0
  for (const words of candidates) {
    let matched = 1
    while (matched < words.length && tokens[start + matched]?.text === words[matched]) matched++
    if (matched === words.length) return matched
  }
  return 0
}

/** Whether any marker occurs in tokens[from, to). */
export function hasMarker(tokens: SentimentToken[], index: MarkerIndex, from = 0, to = tokens.length): boolean {
  for (let at = from; at < to; at++) if (markerLengthAt(tokens, at, index) > 0) return true
  return false
}

export const isSentenceEnd = (token: SentimentToken | undefined) =>
  token === undefined || token.kind === 'stop' || token.kind === 'exclaim' || token.kind === 'question'

/** Whether the sentence the token at `index` sits in ends with "!". */
export function sentenceExclaims(tokens: SentimentToken[], index: number): boolean {
  let end = index + 1
  while (end < tokens.length && !isSentenceEnd(tokens[end])) end++
  return tokens[end]?.kind === 'exclaim'
}

/** The sentences of a text as [start, end) token ranges, the closing punctuation included. */
export function sentenceRanges(tokens: SentimentToken[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  let start = 0
  for (let index = 0; index < tokens.length; index++) {
    if (isSentenceEnd(tokens[index]) && (index + 1 >= tokens.length || !isSentenceEnd(tokens[index + 1]))) {
      ranges.push([start, index + 1])
      start = index + 1
    }
  }
  if (start < tokens.length) ranges.push([start, tokens.length])
  return ranges
}

/**
 * The last sentence at or after token `floor`, without its closing marks: tokens[start, end) and how many words it
 * has. `start` is `floor` when no sentence end comes between them.
 */
export function lastSentence(tokens: SentimentToken[], floor = 0): { start: number; end: number; words: number } {
  let end = tokens.length
  while (end > floor && isSentenceEnd(tokens[end - 1])) end--
  let start = end
  let words = 0
  while (start > floor && !isSentenceEnd(tokens[start - 1])) if (tokens[--start]!.kind === 'word') words++
  return { start, end, words }
}
