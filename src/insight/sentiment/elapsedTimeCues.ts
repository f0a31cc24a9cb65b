/**
 * Elapsed time as a frustration cue without sentiment words: "waiting for 3 weeks", "over the past two days",
 * "for a couple of hours". A lead word, then an amount (digits or a number word) and a time unit, with a few filler
 * words allowed between; the longer the unit, the heavier the cue.
 */
import elapsedTime from './lexicon/elapsedTime.json'
import type { SentimentToken } from './tokenizeForSentiment'
import type { WeighedCue } from './weighTokens'

const fillers: ReadonlySet<string> = new Set(elapsedTime.fillers)
const amounts: ReadonlySet<string> = new Set(elapsedTime.amounts)
const units: ReadonlyMap<string, number> = new Map(Object.entries(elapsedTime.units))
const digits = /^\d+$/
/** Words that may sit between the lead and the unit: "for the last 3 days", "for a couple of weeks". */
const maxGap = 4

function elapsedAt(tokens: SentimentToken[], lead: number): { end: number; weight: number } | null {
  let sawAmount = false
  for (let index = lead + 1; index < tokens.length && index <= lead + maxGap + 1; index++) {
    const token = tokens[index]!
    if (token.kind !== 'word') return null
    const weight = units.get(token.text)
    if (weight !== undefined) return sawAmount ? { end: index, weight } : null
    if (amounts.has(token.text) || digits.test(token.text)) sawAmount = true
    else if (!fillers.has(token.text) && token.text !== 'of') return null
  }
  return null
}

export function elapsedTimeCues(tokens: SentimentToken[]): WeighedCue[] {
  let cues: WeighedCue[] | null = null
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    // Lead words are flagged on their lexicon role by the tokenizer, so this scan costs no lookups.
    if (token.role?.elapsedLead !== true) continue
    const found = elapsedAt(tokens, index)
    if (!found) continue
    const text = tokens
      .slice(index, found.end + 1)
      .map((part) => part.text)
      .join(' ')
    cues ??= []
    cues.push({ kind: 'frustration', text, weight: found.weight, sentence: -1 })
    index = found.end
  }
  return cues ?? []
}
