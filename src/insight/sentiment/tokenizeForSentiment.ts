/**
 * One pass over the text into the tokens tone reading needs. Unlike the `sentiment` package's tokenizer it keeps
 * what carries tone besides words: sentence and clause punctuation (negation scope ends there), runs of ! and ?,
 * emoticons, emoji split from the words they touch, and whether a word was written in capitals.
 */
import emoticons from './lexicon/emoticons.json'

export type TokenKind = 'word' | 'emoji' | 'emoticon' | 'stop' | 'comma' | 'exclaim' | 'question'

export interface SentimentToken {
  kind: TokenKind
  /** Lower-cased, typographic apostrophes made straight; for punctuation runs, the run itself. */
  text: string
  /** The word was written in capitals (two letters or more). */
  caps: boolean
}

const escapeForPattern = (literal: string) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const emoticonAlternation = Object.keys(emoticons)
  .sort((a, b) => b.length - a.length)
  .map(escapeForPattern)
  .join('|')

// Groups: 1 emoticon, 2 word, 3 emoji, 4 !/? run, 5 sentence stop, 6 clause comma. Built once at module load.
const tokenPattern = new RegExp(
  `(?<![\\p{L}\\p{N}])(${emoticonAlternation})(?![\\p{L}\\p{N}])` +
    `|([\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:['’][\\p{L}\\p{M}]+)*)` +
    `|(\\p{Extended_Pictographic})` +
    `|([!?]+)` +
    `|([.…;]+)` +
    `|([,:()\\[\\]"“”]|\\s[-–—]\\s)`,
  'gu'
)

const typographicApostrophe = /’/g
const hasLowerCase = /\p{Ll}/u
const hasUpperCase = /\p{Lu}/u

function punctuationKind(run: string): TokenKind {
  return run.includes('?') ? 'question' : 'exclaim'
}

export function tokenizeForSentiment(text: string): SentimentToken[] {
  const tokens: SentimentToken[] = []
  tokenPattern.lastIndex = 0
  for (let match = tokenPattern.exec(text); match !== null; match = tokenPattern.exec(text)) {
    const [whole, emoticon, word, emoji, marks, stop] = match
    if (emoticon !== undefined) tokens.push({ kind: 'emoticon', text: emoticon, caps: false })
    else if (word !== undefined) {
      const caps = word.length > 1 && hasUpperCase.test(word) && !hasLowerCase.test(word)
      tokens.push({ kind: 'word', text: word.toLowerCase().replace(typographicApostrophe, "'"), caps })
    } else if (emoji !== undefined) tokens.push({ kind: 'emoji', text: emoji, caps: false })
    else if (marks !== undefined) tokens.push({ kind: punctuationKind(marks), text: marks, caps: false })
    else if (stop !== undefined) tokens.push({ kind: 'stop', text: stop, caps: false })
    else tokens.push({ kind: 'comma', text: whole.trim(), caps: false })
  }
  return tokens
}
