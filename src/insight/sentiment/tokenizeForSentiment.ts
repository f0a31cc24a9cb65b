/**
 * One pass over the text into the tokens tone reading needs. Unlike the `sentiment` package's tokenizer it keeps
 * what carries tone besides words: sentence and clause punctuation (negation scope ends there), runs of ! and ?,
 * emoticons, emoji split from the words they touch, and whether a word was written in capitals. A hand-written
 * scanner rather than a regular expression: the sidebar reads thousands of texts and this is the hottest step.
 */
import emoticons from './lexicon/emoticons.json'
import { wordRoles, type WordRole } from './lexicon/sentimentLexicon'

export type TokenKind = 'word' | 'emoji' | 'emoticon' | 'stop' | 'comma' | 'exclaim' | 'question'

export interface SentimentToken {
  kind: TokenKind
  /** Lower-cased, typographic apostrophes made straight; for punctuation runs, the run itself. */
  text: string
  /** The word was written in capitals (two letters or more). */
  caps: boolean
  /** What the lexicons know about the word, looked up once here; undefined for unknown words and symbols. */
  role?: WordRole | undefined
}

/** Emoticons by first character, longest first; the ones that start with a letter ("xD") are read as words. */
const emoticonsByFirst = new Map<string, string[]>()
for (const emoticon of Object.keys(emoticons).sort((a, b) => b.length - a.length)) {
  const first = emoticon[0]!
  emoticonsByFirst.set(first, [...(emoticonsByFirst.get(first) ?? []), emoticon])
}
const emoticonWords: ReadonlyMap<string, string> = new Map(
  Object.keys(emoticons)
    .filter((emoticon) => /^[A-Za-z0-9_]+$/.test(emoticon))
    .map((emoticon) => [emoticon.toLowerCase(), emoticon])
)

const wordCharacter = /[\p{L}\p{M}\p{N}]/u
const pictographic = /\p{Extended_Pictographic}/u
const clausePunctuation = new Set([',', ':', '(', ')', '[', ']', '"', '“', '”'])
const dashes = new Set(['-', '–', '—'])

function isWordCode(code: number, text: string, index: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
  return wordCharacter.test(text[index]!)
}

function isAsciiWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
}

/** The emoticon starting at `index`, if one does and it is not glued to a word on either side. */
function emoticonAt(text: string, index: number): string | undefined {
  const candidates = emoticonsByFirst.get(text[index]!)
  if (!candidates) return undefined
  if (index > 0 && isAsciiWordCode(text.charCodeAt(index - 1))) return undefined
  for (const emoticon of candidates) {
    if (!text.startsWith(emoticon, index)) continue
    const after = index + emoticon.length
    if (after < text.length && isAsciiWordCode(text.charCodeAt(after))) continue
    return emoticon
  }
  return undefined
}

function pushWord(tokens: SentimentToken[], word: string): void {
  let lower = word.toLowerCase()
  const emoticon = word.length === 2 ? emoticonWords.get(lower) : undefined
  if (emoticon !== undefined) {
    tokens.push({ kind: 'emoticon', text: emoticon, caps: false })
    return
  }
  if (lower.includes('’')) lower = lower.replaceAll('’', "'")
  const caps = word.length > 1 && lower !== word && word === word.toUpperCase()
  tokens.push({ kind: 'word', text: lower, caps, role: wordRoles.get(lower) })
}

function runOf(text: string, start: number, characters: string): number {
  let end = start
  while (end < text.length && characters.includes(text[end]!)) end++
  return end
}

export function tokenizeForSentiment(text: string): SentimentToken[] {
  const tokens: SentimentToken[] = []
  const length = text.length
  let index = 0
  while (index < length) {
    const code = text.charCodeAt(index)
    const character = text[index]!
    if (code === 32 || code === 10 || code === 9 || code === 13) {
      index++
      continue
    }
    if (isWordCode(code, text, index)) {
      let end = index + 1
      while (end < length) {
        const next = text.charCodeAt(end)
        if (isWordCode(next, text, end)) end++
        // An apostrophe inside a word (don't, it’s) belongs to it.
        else if ((next === 39 || next === 0x2019) && end + 1 < length && isWordCode(text.charCodeAt(end + 1), text, end + 1)) end += 2
        else break
      }
      pushWord(tokens, text.slice(index, end))
      index = end
      continue
    }
    // Emoticons start with punctuation (the few that start with a letter, like xD, are read as words).
    const emoticon = emoticonAt(text, index)
    if (emoticon !== undefined) {
      tokens.push({ kind: 'emoticon', text: emoticon, caps: false })
      index += emoticon.length
      continue
    }
    if (character === '!' || character === '?') {
      const end = runOf(text, index, '!?')
      const run = text.slice(index, end)
      tokens.push({ kind: run.includes('?') ? 'question' : 'exclaim', text: run, caps: false })
      index = end
      continue
    }
    if (character === '.' || character === '…' || character === ';') {
      const end = runOf(text, index, '.…;')
      tokens.push({ kind: 'stop', text: text.slice(index, end), caps: false })
      index = end
      continue
    }
    if (clausePunctuation.has(character)) {
      tokens.push({ kind: 'comma', text: character, caps: false })
      index++
      continue
    }
    if (dashes.has(character) && text[index - 1] === ' ' && text[index + 1] === ' ') {
      tokens.push({ kind: 'comma', text: character, caps: false })
      index++
      continue
    }
    if (code >= 0xa9) {
      const codePoint = text.codePointAt(index)!
      const symbol = String.fromCodePoint(codePoint)
      if (pictographic.test(symbol)) tokens.push({ kind: 'emoji', text: symbol, caps: false })
      index += symbol.length
      continue
    }
    index++
  }
  return tokens
}
