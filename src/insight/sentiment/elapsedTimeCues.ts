/**
 * Elapsed time as a frustration cue without sentiment words: "waiting for 3 weeks", "still broken after 2 days",
 * "over the past two days it keeps failing", "it's been a week". A lead word, then an amount (digits or a number
 * word) and a time unit, with a few filler words allowed between; the longer the unit, the heavier the cue.
 *
 * Time alone is not frustration: "we have been with you for four years" measures loyalty, "I need the room for two
 * days" a booking. So the span counts only when its clause says the time was spent waiting or with a problem that
 * persists, and a clause that measures tenure or ownership ("a customer for 3 years", "used it for years") needs
 * an explicit wait or problem to count. Runs after the scoring strategy, which marks the negation scopes it reads.
 */
import { isClauseEdge, isLeaningProblem, isNegatorWord } from './clauseWords'
import elapsedTime from './lexicon/elapsedTime.json'
import { ruleLeads } from './lexicon/sentimentLexicon'
import type { SentimentToken } from './tokenizeForSentiment'
import type { WeighedCue } from './weighTokens'

const fillers: ReadonlySet<string> = new Set(elapsedTime.fillers)
const amounts: ReadonlySet<string> = new Set(elapsedTime.amounts)
const units: ReadonlyMap<string, number> = new Map(Object.entries(elapsedTime.units))
const persisting: ReadonlySet<string> = new Set(elapsedTime.persisting)
const tenure: ReadonlySet<string> = new Set(elapsedTime.tenure)
const tenureWith: ReadonlySet<string> = new Set(elapsedTime.tenureWith)
const digits = /^\d+$/
/** Words that may sit between the lead and the unit: "for the last 3 days", "for a couple of weeks". */
const maxGap = 4

interface Span {
  start: number
  end: number
  weight: number
}

function elapsedAt(tokens: SentimentToken[], lead: number): Span | null {
  let sawAmount = false
  for (let index = lead + 1; index < tokens.length && index <= lead + maxGap + 1; index++) {
    const token = tokens[index]!
    if (token.kind !== 'word') return null
    const weight = units.get(token.text)
    if (weight !== undefined) return sawAmount ? { start: lead, end: index, weight } : null
    if (amounts.has(token.text) || digits.test(token.text)) sawAmount = true
    else if (!fillers.has(token.text) && token.text !== 'of') return null
  }
  return null
}

/** The clause around a span; a span that opens its clause before a comma reaches into the next one. */
function clauseOf(tokens: SentimentToken[], span: Span): { from: number; to: number } {
  let from = span.start
  while (from > 0 && !isClauseEdge(tokens[from - 1]!)) from--
  let to = span.end
  while (to + 1 < tokens.length && !isClauseEdge(tokens[to + 1]!)) to++
  // "Over the past two days, it keeps failing": a fronted span is about the clause after the comma.
  if (from === span.start && tokens[to + 1]?.kind === 'comma') {
    to++
    while (to + 1 < tokens.length && !isClauseEdge(tokens[to + 1]!)) to++
  }
  return { from, to }
}

/**
 * Whether the clause around a span says the time was spent waiting or with a problem that persists. A negator
 * counts when it negates a plain word ("hasn't worked for 3 days", "no reply for a week"), not a tone word ("never
 * had an issue for years", "not bad for 3 weeks"); a word leaning negative counts unless the clause measures tenure.
 */
export function measuresWaiting(tokens: SentimentToken[], span: Span): boolean {
  const { from, to } = clauseOf(tokens, span)
  let waiting = tokens[span.end + 1]?.text === 'now' || tokens[span.start]!.text === 'been'
  let negator = false
  let negatedTone = false
  let leansNegative = false
  let measuresTenure = false
  for (let index = from; index <= to; index++) {
    if (index >= span.start && index <= span.end) continue
    const token = tokens[index]!
    if (token.kind !== 'word') continue
    const negated = token.negated === true
    if (isNegatorWord(token)) negator = true
    else if (negated && (token.role?.valence ?? 0) !== 0) negatedTone = true
    else if (!negated && (persisting.has(token.text) || isLeaningProblem(token))) return true
    else if (tenure.has(token.text)) measuresTenure = true
    else if (
      token.text === 'with' &&
      (tenureWith.has(tokens[index + 1]?.text ?? '') || tokens[index - 1]?.text === 'been')
    )
      measuresTenure = true
    else if (!negated && (token.role?.valence ?? 0) < 0) leansNegative = true
  }
  if (negator && !negatedTone) return true
  return (waiting || leansNegative) && !measuresTenure
}

export function elapsedTimeCues(tokens: SentimentToken[]): WeighedCue[] {
  let cues: WeighedCue[] | null = null
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    // Lead words are flagged on their lexicon role by the tokenizer, so this scan costs no lookups.
    if (token.role === undefined || (token.role.leads & ruleLeads.elapsedTime) === 0) continue
    const found = elapsedAt(tokens, index)
    if (!found) continue
    index = found.end
    if (!measuresWaiting(tokens, found)) continue
    const text = tokens
      .slice(found.start, found.end + 1)
      .map((part) => part.text)
      .join(' ')
    cues ??= []
    cues.push({ kind: 'frustration', text, weight: found.weight, sentence: -1 })
  }
  return cues ?? []
}
