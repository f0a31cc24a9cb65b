/**
 * A demand for an account of what the company did ("I'd love to hear how this happened", "I'd like to know who
 * decided that…", "Who thought it was a good idea to…", "…what you plan to do about it") is a complaint put as a
 * question, however politely it is worded (frustrationMarkers.json `accountDemands`). A report of an explanation
 * given ("she explained why it happened") or a question about how something works ("how to", "how long") is not one,
 * nor a question asked to get in touch ("Could you tell me who decided the venue? I need to contact them.") or to
 * praise ("Who decided on the new colour scheme? It looks fantastic!", "who approved my grant so I can thank them"):
 * a request opener, an exclamation, thanks, or praise outside the demand's own sentence ("who thought it was a good
 * idea" is the sarcasm of one) say the customer is not demanding an account.
 */
import { isClauseEdge } from './clauseWords'
import frustrationMarkers from './lexicon/frustrationMarkers.json'
import { indexMarkers, isSentenceEnd, markerLengthAt, type MarkerIndex } from './markerPhrases'
import type { SentimentToken } from './tokenizeForSentiment'
import type { WeighedCue } from './weighTokens'

const rules = frustrationMarkers.accountDemands
const toldWords: ReadonlySet<string> = new Set(rules.toldWords)
const requestOpeners: ReadonlySet<string> = new Set(rules.requestOpeners)
/** The accounts each question word asks for, as marker indexes. */
const accountsAsked: ReadonlyMap<string, MarkerIndex[]> = (() => {
  const byWord = new Map<string, MarkerIndex[]>()
  for (const { asked, words } of rules.accounts) {
    const index = indexMarkers(words)
    for (const word of asked) byWord.set(word, [...(byWord.get(word) ?? []), index])
  }
  return byWord
})()

/** The question word opens its clause ("Sorry, but who thought…") or follows a word of being told ("know who…"). */
function asksForAccount(tokens: SentimentToken[], index: number): boolean {
  const previous = tokens[index - 1]
  return previous === undefined || isClauseEdge(previous) || toldWords.has(previous.text)
}

/** How many tokens after the question word at `index` its account ends, or 0 when the clause names none. */
function accountEnd(tokens: SentimentToken[], index: number, accounts: MarkerIndex[]): number {
  for (let at = index + 1; at < tokens.length && at <= index + rules.span; at++) {
    const token = tokens[at]!
    if (token.kind !== 'word' || (token.role?.clauseBreaker === true && token.text !== 'that')) return 0
    for (const account of accounts) {
      const length = markerLengthAt(tokens, at, account)
      if (length > 0) return at + length
    }
  }
  return 0
}

/** Thanks anywhere, or praise outside sentence `sentence` (cues are counted by sentence as the walk counts them). */
function praisesOrThanks(cues: WeighedCue[], sentence: number): boolean {
  for (const cue of cues) {
    if (cue.weight <= 0) continue
    if (cue.sentence !== sentence || cue.kind === 'politeness' || cue.text.startsWith('thank')) return true
  }
  return false
}

/**
 * `cues`: the scoring strategy's cues of the same tokens, to tell a demand from a request or praise. The caller runs
 * it only for a message that does not exclaim (the first pass counts its "!" runs).
 */
export function accountDemandCues(tokens: SentimentToken[], cues: WeighedCue[]): WeighedCue[] {
  let sentence = 0
  let sentenceStart = 0
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (isSentenceEnd(token)) {
      sentence++
      sentenceStart = index + 1
      continue
    }
    const accounts = token.kind === 'word' ? accountsAsked.get(token.text) : undefined
    if (accounts === undefined || !asksForAccount(tokens, index)) continue
    const end = accountEnd(tokens, index, accounts)
    if (end === 0 || requestOpeners.has(tokens[sentenceStart]?.text ?? '') || praisesOrThanks(cues, sentence)) continue
    const text = tokens
      .slice(index, end)
      .map((word) => word.text)
      .join(' ')
    return [{ kind: 'rhetorical', text, weight: rules.weight, sentence: -1 }]
  }
  return []
}
