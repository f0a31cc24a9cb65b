/**
 * Complaints stated as facts, with no complaint word: money taken and nothing given for it ("I paid on the 3rd and
 * the order never came"), more charged for than was used or received ("billed 40 hours for 26 worked"), a steep
 * price rise ("a 40% increase", "the price doubled"), and a let-down said as a pattern beside a failure ("as always,
 * the delivery is late", "yet another outage"). Each class needs both of its parts in one message (a pattern
 * marker: in one sentence), so "as always, great service" and "I paid the invoice" are not cues.
 */
import frustrationMarkers from './lexicon/frustrationMarkers.json'
import { ruleLeads } from './lexicon/sentimentLexicon'
import { hasMarker, indexMarkers, isSentenceEnd, markerLengthAt } from './markerPhrases'
import type { SentimentToken } from './tokenizeForSentiment'
import type { WeighedCue } from './weighTokens'

const { bareFacts } = frustrationMarkers
const money: ReadonlySet<string> = new Set(bareFacts.money)
const nothingGiven = indexMarkers([...bareFacts.nothingGiven, ...bareFacts.moneyPersisting])
const rise: ReadonlySet<string> = new Set(bareFacts.rise)
const steepRise: ReadonlySet<string> = new Set(bareFacts.steepRise)
const priceWords: ReadonlySet<string> = new Set(bareFacts.priceWords)
const pattern = indexMarkers(bareFacts.pattern)
const percent = /(\d{1,3})\s?(?:%|percent|per cent)/g

/** A problem, frustration or clearly negative word: what a pattern marker must stand beside. */
const isFailure = (cue: WeighedCue) =>
  cue.kind === 'problem' || cue.kind === 'frustration' || (cue.kind === 'word' && cue.weight <= -2)

const cue = (text: string): WeighedCue => ({ kind: 'bareFact', text, weight: bareFacts.weight, sentence: -1 })

function moneyWithNothing(tokens: SentimentToken[]): WeighedCue | null {
  const paid = tokens.findIndex((token) => token.kind === 'word' && money.has(token.text))
  if (paid < 0) return null
  for (let index = paid + 1, words = 0; index < tokens.length && words <= bareFacts.maxGapWords; index++) {
    if (tokens[index]!.kind === 'word') words++
    const length = markerLengthAt(tokens, index, nothingGiven)
    if (length > 0) {
      const words = tokens.slice(index, index + length).map((token) => token.text)
      return cue(`${tokens[paid]!.text} … ${words.join(' ')}`)
    }
  }
  return null
}

function steepPriceRise(tokens: SentimentToken[], text: string): WeighedCue | null {
  let price: string | null = null
  let rose: string | null = null
  let steep: string | null = null
  for (const token of tokens) {
    if (token.kind !== 'word') continue
    if (priceWords.has(token.text)) price ??= token.text
    if (rise.has(token.text)) rose ??= token.text
    if (steepRise.has(token.text)) steep ??= token.text
  }
  if (price === null || (rose === null && steep === null)) return null
  if (steep !== null) return cue(`${price} … ${steep}`)
  for (const match of text.matchAll(percent)) {
    if (Number(match[1]) >= bareFacts.steepPercent) return cue(`${match[0]} ${rose}`)
  }
  return null
}

const { quantityMismatch } = bareFacts
const chargeWords: ReadonlySet<string> = new Set(quantityMismatch.charged)
const chargeFillers: ReadonlySet<string> = new Set(quantityMismatch.chargeFillers)
const additions: ReadonlySet<string> = new Set(quantityMismatch.additions)
const givenWords: ReadonlySet<string> = new Set(quantityMismatch.given)
const givenFillers: ReadonlySet<string> = new Set(quantityMismatch.givenFillers)
const referenceBefore: ReadonlySet<string> = new Set(quantityMismatch.referenceBefore)
const referenceAfter: ReadonlySet<string> = new Set(quantityMismatch.referenceAfter)
const notUnits: ReadonlySet<string> = new Set([
  ...quantityMismatch.notUnits,
  ...quantityMismatch.referenceBefore,
  ...quantityMismatch.chargeFillers,
  ...quantityMismatch.givenFillers,
  ...quantityMismatch.given
])
const numberWords: ReadonlyMap<string, number> = new Map(Object.entries(quantityMismatch.numberWords))
const digitsOnly = /^\d{1,4}$/
/** Fillers between a charge word and its number ("invoiced us for a total of 12"), and between a number and its word
 * of use or receipt, either side ("only have 8", "3 of them were delivered"). */
const { maxChargeFillers, maxGivenFillers } = quantityMismatch
const [firstYear, lastYear] = quantityMismatch.years as [number, number]

const isWord = (token: SentimentToken | undefined, words: ReadonlySet<string>) =>
  token?.kind === 'word' && words.has(token.text)

/**
 * Whether the digits occur in the text as a count: not inside a longer number, a price (£40, $ 40), a decimal
 * (14.80), a time (10:30), a date (3/4) or a percent (20%). Asked only of a number beside a charge word or a word of
 * use, so the expression is built rarely.
 */
function countInText(text: string, digits: string): boolean {
  return new RegExp(`(?<![\\p{Sc}#\\d.,:/]|\\p{Sc}\\s)${digits}(?![\\d%]|[.,:/]\\d)`, 'u').test(text)
}

/** The quantity the token at `index` states (digits or a number word), or null when it names, dates or prices. */
function quantityAt(tokens: SentimentToken[], index: number, text: string): number | null {
  const token = tokens[index]
  if (token?.kind !== 'word') return null
  const digits = digitsOnly.test(token.text)
  const value = digits ? Number(token.text) : numberWords.get(token.text)
  if (value === undefined || value === 0 || (value >= firstYear && value <= lastYear)) return null
  if (isWord(tokens[index - 1], referenceBefore) || isWord(tokens[index + 1], referenceAfter)) return null
  return digits && !countInText(text, token.text) ? null : value
}

interface Quantity {
  value: number
  /** Index of the number's token, and the span of the customer's words that state it. */
  at: number
  start: number
  end: number
}

/** Past the number, its unit ("40 hours", "12 seats"): the next word, unless a filler, a word of use or a notUnit. */
function unitEnd(tokens: SentimentToken[], at: number): number {
  const next = tokens[at + 1]
  return next?.kind === 'word' && !notUnits.has(next.text) ? at + 2 : at + 1
}

/**
 * "billed 40 hours", "invoiced us for 12 seats", "paid for 3 nights", "ordered 6"; not an addition ("bought 2 more",
 * "an extra 3"), which is not all that was charged for.
 */
function chargedQuantity(tokens: SentimentToken[], charge: number, text: string): Quantity | null {
  for (let index = charge + 1; index <= charge + 1 + maxChargeFillers && index < tokens.length; index++) {
    const value = quantityAt(tokens, index, text)
    if (value !== null) {
      if (isWord(tokens[index - 1], additions) || isWord(tokens[index + 1], additions)) return null
      return { value, at: index, start: charge, end: unitEnd(tokens, index) }
    }
    if (!isWord(tokens[index], chargeFillers) && !isWord(tokens[index], additions)) return null
  }
  return null
}

/** "have 8 users", "stayed 2", "received 4" (the word of use first) or "26 worked", "4 of them arrived". */
function givenQuantity(tokens: SentimentToken[], given: number, text: string, charged: Quantity): Quantity | null {
  const counts = (at: number) => at !== charged.at && (at < charged.start || at >= charged.end)
  for (let index = given + 1; index <= given + 1 + maxGivenFillers && index < tokens.length; index++) {
    const value = quantityAt(tokens, index, text)
    if (value !== null) return counts(index) ? { value, at: index, start: given, end: unitEnd(tokens, index) } : null
    if (!isWord(tokens[index], givenFillers)) break
  }
  for (let index = given - 1; index >= given - 1 - maxGivenFillers && index >= 0; index--) {
    const value = quantityAt(tokens, index, text)
    if (value !== null) return counts(index) ? { value, at: index, start: index, end: given + 1 } : null
    if (!isWord(tokens[index], givenFillers)) break
  }
  return null
}

const wordsOf = (tokens: SentimentToken[], from: number, to: number) =>
  tokens
    .slice(from, to)
    .filter((token) => token.kind === 'word')
    .map((token) => token.text)
    .join(' ')

/**
 * A quantity charged for beside a smaller quantity used or received, within a few words: "billed 40 hours for 26
 * worked", "invoiced for 12 seats but only have 8 users", "paid for 3 nights, stayed 2", "ordered 6, received 4".
 */
function quantityMismatchAt(tokens: SentimentToken[], text: string): WeighedCue | null {
  for (let charge = 0; charge < tokens.length; charge++) {
    if (!isWord(tokens[charge], chargeWords)) continue
    const charged = chargedQuantity(tokens, charge, text)
    if (charged === null) continue
    const from = Math.max(0, charged.start - quantityMismatch.maxGapWords)
    const to = Math.min(tokens.length, charged.end + quantityMismatch.maxGapWords)
    for (let given = from; given < to; given++) {
      if (given === charge || !isWord(tokens[given], givenWords)) continue
      const used = givenQuantity(tokens, given, text, charged)
      // More given than charged for (under-billing, a spare parcel) is a report, not a complaint.
      if (used === null || used.value >= charged.value) continue
      const [first, second] = used.start < charged.start ? [used, charged] : [charged, used]
      return cue(`${wordsOf(tokens, first.start, first.end)} … ${wordsOf(tokens, second.start, second.end)}`)
    }
  }
  return null
}

/** A pattern marker ("as always", "yet another") in a sentence that also says something went wrong. */
function letdownPattern(tokens: SentimentToken[], cues: WeighedCue[]): WeighedCue | null {
  let sentence = 0
  for (let start = 0; start < tokens.length; sentence++) {
    let end = start
    while (end < tokens.length && !isSentenceEnd(tokens[end])) end++
    if (hasMarker(tokens, pattern, start, end)) {
      const failing = cues.some(
        (other) => other.weight < 0 && other.kind !== 'answer' && (other.sentence === sentence || other.sentence === -1)
      )
      if (failing) {
        for (let index = start; index < end; index++) {
          const length = markerLengthAt(tokens, index, pattern)
          if (length > 0)
            return cue(
              tokens
                .slice(index, index + length)
                .map((token) => token.text)
                .join(' ')
            )
        }
      }
    }
    start = end + 1
  }
  return null
}

/** `leads`: the text's lead-word bits (WordRole.leads), so each class is looked for only where it can be. */
export function bareFactCues(tokens: SentimentToken[], text: string, cues: WeighedCue[], leads: number): WeighedCue[] {
  const found: WeighedCue[] = []
  const money = (leads & ruleLeads.money) !== 0 ? moneyWithNothing(tokens) : null
  if (money !== null) found.push(money)
  // One complaint about the money is one cue: a mismatch is looked for only when nothing-given was not found.
  const mismatch = money === null && (leads & ruleLeads.charge) !== 0 ? quantityMismatchAt(tokens, text) : null
  if (mismatch !== null) found.push(mismatch)
  const rise = (leads & ruleLeads.price) !== 0 && (leads & ruleLeads.rise) !== 0 ? steepPriceRise(tokens, text) : null
  if (rise !== null) found.push(rise)
  const pattern = (leads & ruleLeads.pattern) !== 0 ? letdownPattern(tokens, cues) : null
  if (pattern !== null) found.push(pattern)
  return found
}
