/**
 * Rhetorical questions: a question put to the company about its own competence or care ("Is there anyone
 * competent working there?", "Do you actually care about your customers?", "…and this is how you treat me?") is a
 * complaint, not a request. The question must address someone (you, anyone, there…) and name care or competence;
 * a weaker word ("read", "know") counts only with an emphatic ("Can you even read?"), and so does any question that
 * opens as a request ("Could you treat this as urgent?" is one). "Seriously?" on its own is one too.
 */
import frustrationMarkers from './lexicon/frustrationMarkers.json'
import { isSentenceEnd } from './markerPhrases'
import type { SentimentToken } from './tokenizeForSentiment'
import type { WeighedCue } from './weighTokens'

const { rhetoricalQuestions: rules } = frustrationMarkers
const addressees: ReadonlySet<string> = new Set(rules.addressees)
const care: ReadonlySet<string> = new Set(rules.care)
const weak: ReadonlySet<string> = new Set(rules.weak)
const emphatics: ReadonlySet<string> = new Set(rules.emphatics)
const requestLeads: ReadonlySet<string> = new Set(rules.requestLeads)
const aloneWords: ReadonlySet<string> = new Set(rules.aloneWords)
const persisting: ReadonlySet<string> = new Set(rules.persisting)

/** The question as the customer put it (its first words), for the "why". */
function questionText(tokens: SentimentToken[], start: number, end: number): string {
  const words = tokens.slice(start, end).filter((token) => token.kind === 'word')
  return `${words
    .slice(0, 8)
    .map((token) => token.text)
    .join(' ')}${words.length > 8 ? ' …' : ''}?`
}

function questionCue(tokens: SentimentToken[], start: number, end: number): WeighedCue | null {
  let addressed = false
  let emphatic = false
  let careWord: string | null = null
  let weakWord: string | null = null
  let words = 0
  let first = ''
  let last = ''
  let persistingWord = false
  for (let index = start; index < end; index++) {
    const token = tokens[index]!
    if (token.kind !== 'word') continue
    if (words++ === 0) first = token.text
    last = token.text
    if (persisting.has(token.text)) persistingWord = true
    if (addressees.has(token.text)) addressed = true
    if (emphatics.has(token.text)) emphatic = true
    if (care.has(token.text)) careWord ??= token.text
    if (weak.has(token.text)) weakWord ??= token.text
  }
  if (words === 1 && aloneWords.has(first))
    return { kind: 'rhetorical', text: `${first}?`, weight: rules.weight, sentence: -1 }
  // "…means what exactly?", "Why am I still paying for this?": asked to make a point, whoever is addressed.
  if (last === 'exactly' || (first === 'why' && persistingWord)) {
    return { kind: 'rhetorical', text: questionText(tokens, start, end), weight: rules.weight, sentence: -1 }
  }
  if (!addressed) return null
  const asksRequest = requestLeads.has(first)
  const asks = ((!asksRequest || emphatic) && careWord !== null) || (emphatic && weakWord !== null)
  return asks
    ? { kind: 'rhetorical', text: questionText(tokens, start, end), weight: rules.weight, sentence: -1 }
    : null
}

export function rhetoricalQuestionCues(tokens: SentimentToken[]): WeighedCue[] {
  let cues: WeighedCue[] | null = null
  let start = 0
  for (let index = 0; index < tokens.length; index++) {
    if (!isSentenceEnd(tokens[index])) continue
    if (tokens[index]!.kind === 'question') {
      const cue = questionCue(tokens, start, index)
      if (cue !== null) (cues ??= []).push(cue)
    }
    start = index + 1
  }
  return cues ?? []
}
