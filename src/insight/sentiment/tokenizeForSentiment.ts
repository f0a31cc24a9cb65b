/**
 * One pass over the text into the tokens tone reading needs. Unlike the `sentiment` package's tokenizer it keeps
 * what carries tone besides words: sentence and clause punctuation (negation scope ends there), runs of ! and ?,
 * emoticons, emoji split from the words they touch, and whether a word was written in capitals. A hand-written
 * scanner rather than a regular expression: the sidebar reads thousands of texts and this is the hottest step.
 */
import emoticons from './lexicon/emoticons.json'
import { wordRoles, type WordRole } from './lexicon/sentimentLexicon'
import { findAsciiWord, hashStep, knownRole, knownWord, lowerAsciiWordCode } from './lexicon/wordIndex'

export type TokenKind = 'word' | 'emoji' | 'emoticon' | 'stop' | 'comma' | 'exclaim' | 'question'

export interface SentimentToken {
  kind: TokenKind
  /** Lower-cased, typographic apostrophes made straight; for punctuation runs, the run itself. */
  text: string
  /** The word was written in capitals (two letters or more). */
  caps: boolean
  /** What the lexicons know about the word, looked up once here; undefined for unknown words and symbols. */
  role?: WordRole | undefined
  /** Set by the scoring strategy: the word sits inside a negation scope / inside a lexicon phrase. */
  negated?: boolean
  inPhrase?: boolean
}

/** Emoticons by first character, longest first; the ones that start with a letter ("xD") are read as words. */
const emoticonsByFirst = new Map<string, string[]>()
for (const emoticon of Object.keys(emoticons).sort((a, b) => b.length - a.length)) {
  const first = emoticon[0]!
  emoticonsByFirst.set(first, [...(emoticonsByFirst.get(first) ?? []), emoticon])
}
/** Emoticons made of letters ("xD", "x3"), matched in their own case: "X3" is more often a product than a cat. */
const emoticonWords: ReadonlySet<string> = new Set(
  Object.keys(emoticons).filter((emoticon) => /^[A-Za-z0-9_]+$/.test(emoticon))
)
/** Their first characters (x, X…): most two-letter words ("is", "to") are ruled out without being cut out. */
const emoticonWordStarts: ReadonlySet<number> = new Set([...emoticonWords].map((emoticon) => emoticon.charCodeAt(0)))

const wordCharacter = /[\p{L}\p{M}\p{N}]/u
const pictographic = /\p{Extended_Pictographic}/u

/** Character-code tables built once: which ASCII codes may start an emoticon, and the punctuation classes. */
const emoticonStart = new Uint8Array(128)
for (const first of emoticonsByFirst.keys()) if (first.charCodeAt(0) < 128) emoticonStart[first.charCodeAt(0)] = 1
const clauseCodes = new Set([44, 58, 40, 41, 91, 93, 34, 0x201c, 0x201d])
const dashCodes = new Set([45, 0x2013, 0x2014])

/**
 * The kinds of character a word is made of, as bits its scan collects: whether it is in capitals, and whether it is
 * ASCII (then it can be cut from the text lower-cased once instead of being lower-cased on its own).
 */
const letterKind = { digit: 1, lower: 2, upper: 4, nonAscii: 8 } as const
/** The kind of each ASCII code; 0 for codes that are not word characters. */
const asciiLetters = new Uint8Array(128)
for (let code = 48; code <= 57; code++) asciiLetters[code] = letterKind.digit
for (let code = 97; code <= 122; code++) asciiLetters[code] = letterKind.lower
for (let code = 65; code <= 90; code++) asciiLetters[code] = letterKind.upper

function isAsciiWordCode(code: number): boolean {
  return code < 128 && asciiLetters[code] !== 0
}

function isWordCode(code: number, text: string, index: number): boolean {
  if (code < 128) return isAsciiWordCode(code)
  // Variation selectors (U+FE00–FE0F, as in ❤️) are marks, but they belong to the emoji before them, not a word.
  return code >= 0xaa && (code < 0xfe00 || code > 0xfe0f) && wordCharacter.test(text[index]!)
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

/**
 * The word text[start, end) the scanner found, `letters` its kinds of character (see letterKind) and `hash` the hash
 * of its lower-cased characters (see wordIndex.ts), which finds an ASCII word without cutting it out of the text.
 */
function pushWord(
  tokens: SentimentToken[],
  text: string,
  start: number,
  end: number,
  letters: number,
  hash: number
): void {
  if (end - start === 2 && emoticonWordStarts.has(text.charCodeAt(start))) {
    const word = text.slice(start, end)
    if (emoticonWords.has(word)) {
      tokens.push({ kind: 'emoticon', text: word, caps: false, role: undefined, negated: false, inPhrase: false })
      return
    }
  }
  if ((letters & letterKind.nonAscii) === 0) {
    const caps = end - start > 1 && (letters & letterKind.upper) !== 0 && (letters & letterKind.lower) === 0
    const known = findAsciiWord(hash, text, start, end)
    if (known >= 0) {
      pushLexiconWord(tokens, knownWord(known), caps, knownRole(known))
      return
    }
    const word = text.slice(start, end)
    pushLexiconWord(tokens, (letters & letterKind.upper) !== 0 ? word.toLowerCase() : word, caps, undefined)
    return
  }
  const word = text.slice(start, end)
  let lower = word.toLowerCase()
  if (lower.includes('’')) lower = lower.replaceAll('’', "'")
  const caps = word.length > 1 && lower !== word && word === word.toUpperCase()
  pushLexiconWord(tokens, lower, caps, wordRoles.get(lower))
}

/** Adds a lower-cased word (`role`: what the lexicons know of it), read as its written form. */
function pushLexiconWord(tokens: SentimentToken[], written: string, caps: boolean, role: WordRole | undefined): void {
  let lower = written
  // A spelling variant is read as its written form ("3rd" as "third", "cant" as "can't"), phrases and all.
  if (role?.normal != null) {
    lower = role.normal
    role = wordRoles.get(lower)
  }
  // Stretched words ("sooo slow", "thaaanks", "yaaay"): read as the word they stretch.
  if (role === undefined && lower.length > 3 && isStretched(lower)) {
    const once = lower.replace(repeatedLetters, '$1')
    const twice = lower.replace(repeatedLetters, '$1$1')
    const plain = wordRoles.has(twice) ? twice : once
    role = wordRoles.get(plain)
    if (role !== undefined) lower = plain
  }
  // Laughter however it is spelled ("ahahah", "hahahaha", "hehehe"): read as the lexicon's "haha".
  if (role === undefined && lower.length > 3 && isLaughter(lower)) {
    lower = 'haha'
    role = wordRoles.get(lower)
  }
  tokens.push({ kind: 'word', text: lower, caps, role, negated: false, inPhrase: false })
}

/** Only h and a vowel (a, e), alternating, with at least two h's: "ahaha", "hahah", "hehehe". */
export function isLaughter(word: string): boolean {
  let aitches = 0
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index)
    const isH = code === 104
    if (!isH && code !== 97 && code !== 101) return false
    if (index > 0 && isH === (word.charCodeAt(index - 1) === 104)) return false
    if (isH) aitches++
  }
  return aitches >= 2
}

/** Three times the same character in a row; a plain loop, as this runs for every unknown word. */
function isStretched(word: string): boolean {
  for (let index = 2; index < word.length; index++) {
    const code = word.charCodeAt(index)
    if (code === word.charCodeAt(index - 1) && code === word.charCodeAt(index - 2)) return true
  }
  return false
}

const repeatedLetters = /(\p{L})\1+/gu

function symbolToken(kind: TokenKind, text: string): SentimentToken {
  return { kind, text, caps: false, role: undefined, negated: false, inPhrase: false }
}

/** The tokens of a text, and whether it has a quotation mark (for scare quotes, read on the text itself). */
export interface SentimentTokens extends Array<SentimentToken> {
  quoted?: true
}

/** Quote marks the scanner would otherwise skip or read as clause punctuation: " “ ” ‘ and a lone '. */
const quoteCodes = new Set([34, 39, 0x201c, 0x201d, 0x2018])

export function tokenizeForSentiment(text: string): SentimentTokens {
  const tokens: SentimentTokens = []
  const length = text.length
  let index = 0
  while (index < length) {
    const code = text.charCodeAt(index)
    if (code <= 32) {
      index++
      continue
    }
    if (isWordCode(code, text, index)) {
      let end = index + 1
      let letters = code < 128 ? asciiLetters[code]! : letterKind.nonAscii
      let hash = hashStep(0, lowerAsciiWordCode(code))
      while (end < length) {
        const next = text.charCodeAt(end)
        const kind = next < 128 ? asciiLetters[next]! : isWordCode(next, text, end) ? letterKind.nonAscii : 0
        if (kind !== 0) {
          letters |= kind
          hash = hashStep(hash, lowerAsciiWordCode(next))
          end++
        }
        // An apostrophe inside a word (don't, it’s) belongs to it.
        else if (
          (next === 39 || next === 0x2019) &&
          end + 1 < length &&
          isWordCode(text.charCodeAt(end + 1), text, end + 1)
        ) {
          const after = text.charCodeAt(end + 1)
          letters |=
            (after < 128 ? asciiLetters[after]! : letterKind.nonAscii) | (next === 39 ? 0 : letterKind.nonAscii)
          hash = hashStep(hashStep(hash, next), lowerAsciiWordCode(after))
          end += 2
        } else break
      }
      pushWord(tokens, text, index, end, letters, hash)
      index = end
      continue
    }
    // Emoticons start with punctuation (the few that start with a letter, like xD, are read as words).
    if (code < 128 && emoticonStart[code] === 1) {
      const emoticon = emoticonAt(text, index)
      if (emoticon !== undefined) {
        tokens.push(symbolToken('emoticon', emoticon))
        index += emoticon.length
        continue
      }
    }
    if (code === 33 || code === 63) {
      let end = index + 1
      let question = code === 63
      for (let next = text.charCodeAt(end); next === 33 || next === 63; next = text.charCodeAt(++end)) {
        if (next === 63) question = true
      }
      tokens.push(symbolToken(question ? 'question' : 'exclaim', text.slice(index, end)))
      index = end
      continue
    }
    if (code === 46 || code === 0x2026 || code === 59) {
      let end = index + 1
      for (
        let next = text.charCodeAt(end);
        next === 46 || next === 0x2026 || next === 59;
        next = text.charCodeAt(++end)
      );
      tokens.push(symbolToken('stop', text.slice(index, end)))
      index = end
      continue
    }
    if (quoteCodes.has(code)) tokens.quoted = true
    if (
      clauseCodes.has(code) ||
      (dashCodes.has(code) && text.charCodeAt(index - 1) === 32 && text.charCodeAt(index + 1) === 32)
    ) {
      tokens.push(symbolToken('comma', text[index]!))
      index++
      continue
    }
    if (code >= 0xa9) {
      // A zero-width joiner glues a modifier to the emoji before it (🤦‍♂️): the pair reads as that emoji.
      if (code === 0x200d) {
        index += 1 + (text.codePointAt(index + 1)! > 0xffff ? 2 : 1)
        continue
      }
      const codePoint = text.codePointAt(index)!
      const symbol = String.fromCodePoint(codePoint)
      if (pictographic.test(symbol)) tokens.push(symbolToken('emoji', symbol))
      index += symbol.length
      continue
    }
    index++
  }
  return tokens
}
