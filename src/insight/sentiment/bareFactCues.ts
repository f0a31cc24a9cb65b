/**
 * Complaints stated as facts, with no complaint word: money taken and nothing given for it ("I paid on the 3rd and
 * the order never came"), a steep price rise ("a 40% increase", "the price doubled"), and a let-down said as a
 * pattern beside a failure ("as always, the delivery is late", "yet another outage"). Each class needs both of
 * its parts in one message (a pattern marker: in one sentence), so "as always, great service" and "I paid the
 * invoice" are not cues.
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
  const rise = (leads & ruleLeads.price) !== 0 && (leads & ruleLeads.rise) !== 0 ? steepPriceRise(tokens, text) : null
  if (rise !== null) found.push(rise)
  const pattern = (leads & ruleLeads.pattern) !== 0 ? letdownPattern(tokens, cues) : null
  if (pattern !== null) found.push(pattern)
  return found
}
