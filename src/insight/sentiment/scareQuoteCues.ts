/**
 * Scare quotes: quotation marks around what the company claimed doubt it ('your "guaranteed" upgrade', 'the
 * "in stock" sofa', 'they'll "look into it"', 'two "engineers booked"'). A quoted promise word is always one; any
 * other short span is one when the message also states a failure (`failing`). Read on the text, since the tokenizer
 * keeps no quote marks inside words. Quotes that cite a screen or a message are a report: right after a word of
 * display ('shows "delivered"', 'click "Save"'), before a word for a part of the interface ('the "Reports"
 * page'), or around an error text ('"Error 500"'); so is a quoted span longer than a few words.
 */
import frustrationMarkers from './lexicon/frustrationMarkers.json'
import type { WeighedCue } from './weighTokens'

const { scareQuotes } = frustrationMarkers
const promises: ReadonlySet<string> = new Set(scareQuotes.promises)
const display: ReadonlySet<string> = new Set(scareQuotes.display)
/** A span in straight or typographic quotes, opened after a space or bracket and closed before one or punctuation. */
const quotedSpan = /(^|[\s(])["“‘'](\p{L}[^"“”‘’'\n]{0,40}?)["”’'](?=[\s.,!?;:)…]|$)/gu
const lastWord = /([\p{L}']+)\W*$/u
const firstWord = /^\W*([\p{L}']+)/u
/** Right after a bare number of three digits or more (not money) the span names a code: 'HTTP 429 "Too Many Requests"'. */
const statusCodeBefore = /(?:^|[^\p{Sc}\d.,])\d{3,}\s*$/u
const uiNouns: ReadonlySet<string> = new Set(scareQuotes.uiNouns)
const errorWords = new RegExp(`\\b(?:${scareQuotes.errorWords.join('|')})\\b|\\d{3}`)

/**
 * A span in capitals where a sentence does not start ('"Cover Girl"', 'the "Pro" plan') names a title, product or
 * plan: beside praise it is what was praised, not a claim in doubt.
 */
function looksLikeName(text: string, start: number, span: string): boolean {
  if (/\s\p{Lu}/u.test(span)) return true
  return /^\p{Lu}/u.test(span) && !/(?:^|[.!?:—–-])\s*$/u.test(text.slice(Math.max(0, start - 4), start))
}

/** A quote that cites the screen, an error or a part of the interface, not what someone claimed. */
function citesScreen(text: string, start: number, end: number, span: string): boolean {
  if (errorWords.test(span) || statusCodeBefore.test(text.slice(Math.max(0, start - 8), start))) return true
  const before = lastWord.exec(text.slice(Math.max(0, start - 40), start))?.[1]?.toLowerCase()
  if (before !== undefined && display.has(before)) return true
  const after = firstWord.exec(text.slice(end, end + 30))?.[1]?.toLowerCase()
  return after !== undefined && uiNouns.has(after)
}

/**
 * Whether the text has a mark that can open a quotation: native scans before any expression. The tokenizer's
 * `quoted` also notes an apostrophe at a word's edge ("parents'"), and most such texts quote nothing.
 */
function hasQuoteMarks(text: string): boolean {
  return text.includes('"') || text.includes('“') || text.includes('‘') || text.includes(" '")
}

/** Words in double or typographic quotes, up to a sentence long: what the customer quotes someone as saying. */
const quotation =
  /(^|[\s(])(?:["“]([\p{L}\p{N}£$€][^"“”\n]{0,100}?)["”]|[‘']([\p{L}\p{N}£$€][^"“”‘’'\n]{0,60}?)[’'])(?=[\s.,!?;:)…—-]|$)/gu

/**
 * Whether a quotation in the text cites neither the screen, an error nor the interface: the customer quoting the
 * company's words or claim ('you said "within 24 hours"', 'the "solid wood" table'). Beside the scare quotes above,
 * which need a failure, praise or a promise word, for the tone decision to weigh as it learns.
 */
export function quotesClaim(text: string): boolean {
  if (!hasQuoteMarks(text)) return false
  for (const match of text.matchAll(quotation)) {
    const start = match.index + match[1]!.length
    const span = (match[2] ?? match[3]!).toLowerCase()
    if (!citesScreen(text, start, match.index + match[0].length, span)) return true
  }
  return false
}

/**
 * `failing`: the message states a failure, so any short span may be a doubt; `praising` (without a failure): the
 * message praises flat, so any short span that names nothing may be the claim the praise mocks.
 */
export function scareQuoteCues(text: string, failing: boolean, praising = false): WeighedCue[] {
  if (!hasQuoteMarks(text)) return []
  const cues: WeighedCue[] = []
  for (const match of text.matchAll(quotedSpan)) {
    const span = match[2]!.toLowerCase().replaceAll('’', "'").replace(/\s+/g, ' ').trim()
    if (span.split(' ').length > scareQuotes.maxWords) continue
    const opens = match.index + match[1]!.length
    if (!(promises.has(span) || failing || (praising && !looksLikeName(text, opens, match[2]!)))) continue
    if (citesScreen(text, opens, match.index + match[0].length, span)) continue
    cues.push({ kind: 'scareQuote', text: match[2]!, weight: scareQuotes.weight, sentence: -1 })
  }
  return cues
}
