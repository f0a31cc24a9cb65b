/**
 * Scare quotes: quotation marks around the company's own promise doubt it ('your "guaranteed" upgrade', 'the
 * "in stock" sofa', 'they'll "look into it"'). Read on the text, since the tokenizer keeps no quote marks inside
 * words. A quote right after a word of display ('shows "delivered"', 'the error "SAML response invalid"') is a
 * report of what a screen says, not a cue; so is a quoted span longer than a few words.
 */
import frustrationMarkers from './lexicon/frustrationMarkers.json'
import type { WeighedCue } from './weighTokens'

const { scareQuotes } = frustrationMarkers
const promises: ReadonlySet<string> = new Set(scareQuotes.promises)
const display: ReadonlySet<string> = new Set(scareQuotes.display)
/** A span in straight or typographic quotes, opened after a space or bracket and closed before one or punctuation. */
const quotedSpan = /(^|[\s(])["“‘'](\p{L}[^"“”‘’'\n]{0,40}?)["”’'](?=[\s.,!?;:)…]|$)/gu
const lastWord = /([\p{L}']+)\W*$/u

export function scareQuoteCues(text: string): WeighedCue[] {
  if (!text.includes('"') && !text.includes('“') && !text.includes('‘') && !text.includes(" '")) return []
  const cues: WeighedCue[] = []
  for (const match of text.matchAll(quotedSpan)) {
    const span = match[2]!.toLowerCase().replaceAll('’', "'").replace(/\s+/g, ' ').trim()
    if (span.split(' ').length > scareQuotes.maxWords || !promises.has(span)) continue
    const before = lastWord.exec(text.slice(Math.max(0, match.index - 40), match.index))?.[1]?.toLowerCase()
    if (before !== undefined && display.has(before)) continue
    cues.push({ kind: 'scareQuote', text: match[2]!, weight: scareQuotes.weight, sentence: -1 })
  }
  return cues
}
