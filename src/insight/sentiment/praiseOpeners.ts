/**
 * Praise that opens a message as a remark on what follows ("Great, so my DLC disappears…", "Oh lovely, another
 * text…", "Love how the app logs me out…"): sarcasm without a failure word, read by sarcasmCues.ts. Lists in
 * lexicon/frustrationMarkers.json (sarcasm.opener*, remarkFrames, greetingWords).
 */
import frustrationMarkers from './lexicon/frustrationMarkers.json'
import { notNegatable } from './lexicon/sentimentLexicon'
import { indexMarkers, lastSentence, markerLengthAt } from './markerPhrases'
import type { SentimentToken } from './tokenizeForSentiment'
import type { WeighedCue } from './weighTokens'

const { sarcasm } = frustrationMarkers
const openerLeads: ReadonlySet<string> = new Set(sarcasm.openerLeads)
const openerCuts: ReadonlySet<string> = new Set(sarcasm.openerCuts)
const greetingWords: ReadonlySet<string> = new Set(sarcasm.greetingWords)
const openerAcceptance: ReadonlySet<string> = new Set(sarcasm.openerAcceptance)
/** Thanks or an acceptance ("Fine", "OK", "Cheers"): not praise that can be meant the other way. */
export const isAcceptance = (token: SentimentToken) => openerAcceptance.has(token.text)
const openerRemarks: ReadonlySet<string> = new Set(sarcasm.openerRemarks)
const remarkFrames = indexMarkers(sarcasm.remarkFrames)

/** Laughter and cheers ("lol", "yay": notNegatable) are never read as sarcastic praise. */
export const isPraise = (token: SentimentToken | undefined) =>
  token?.kind === 'word' &&
  token.negated !== true &&
  (token.role?.valence ?? 0) > 0 &&
  token.role?.problem !== true &&
  !notNegatable.has(token.text)

export const wordsOf = (tokens: SentimentToken[], from: number, to: number) =>
  tokens
    .slice(from, to)
    .filter((token) => token.kind === 'word' || token.kind === 'emoji')
    .map((token) => token.text)
    .join(' ')

/**
 * Where praise that opens the message ends: the token index of the clause mark that cuts it off ("Great, so…",
 * "Amazing. Two-factor code…", "Brilliant customer journey: …") or of the last word of a remark frame
 * ("Love how…"), or -1. Leads such as "oh", "really" may come before the praise word, at most two words after it.
 * Cheap on purpose: ruleTone asks it of every text that praises.
 */
export function praiseOpenerEnd(tokens: SentimentToken[]): number {
  let index = 0
  while (index < 2 && tokens[index]?.kind === 'word' && openerLeads.has(tokens[index]!.text)) index++
  const praise = tokens[index]
  if (!isPraise(praise) || isAcceptance(praise!) || greetingWords.has(tokens[index + 1]?.text ?? '')) {
    return -1
  }
  // "Love how…", "Amazing how…", "Really love it when…": the frame is the cut, its last word the end.
  const frame = markerLengthAt(tokens, index + 1, remarkFrames)
  if (frame > 0) return index + frame
  for (let end = index + 1; end <= index + 3; end++) {
    const token = tokens[end]
    if (token === undefined) return -1
    if (token.kind === 'word') {
      if ((token.role?.valence ?? 0) < 0) return -1
      continue
    }
    return (token.kind === 'comma' || token.kind === 'stop') && openerCuts.has(token.text) ? end : -1
  }
  return -1
}

/**
 * Praise that opens the message as a remark on what follows: after the cut, a few words at least, no praise or
 * politeness, no exclamation and no question, starting as a remark on what happened ("so…", "another…", "you've…",
 * "the…"): after an acknowledgement a request follows ("Great, book it for Friday", "Perfect. I need the number").
 */
export function praisingOpener(
  tokens: SentimentToken[],
  cues: WeighedCue[],
  asks: boolean,
  end: number
): string | null {
  if (end < 0 || asks || (tokens[end]!.kind !== 'word' && !openerRemarks.has(tokens[end + 1]?.text ?? ''))) return null
  // A closing sentence of a few words may praise again ("Great, so now I need three passwords. Super convenient."):
  // the same remark, repeated.
  const last = lastSentence(tokens, end + 1)
  const closing = last.words > sarcasm.shortSentenceWords || last.start <= end + 1 ? tokens.length : last.start
  let words = 0
  for (let index = end + 1; index < tokens.length; index++) {
    const token = tokens[index]!
    // Praise or thanks after the opener ("Super quick exchange, lovely packaging") says it was meant.
    if (token.kind === 'exclaim' || (index < closing && isPraise(token))) return null
    if (token.kind === 'word') words++
  }
  if (words < sarcasm.openerRestWords) return null
  // A phrase of praise or politeness elsewhere ("thank you to the fraud team") counts as praise after it.
  let phrases = 0
  for (const cue of cues) if (cue.weight > 0 && (cue.kind === 'phrase' || cue.kind === 'politeness')) phrases++
  let openerPhrase = 0
  for (let index = 0; index < end; index++) if (tokens[index]!.inPhrase === true) openerPhrase = 1
  const markerEnd = tokens[end]!.kind === 'word' ? end + 1 : end
  return phrases <= openerPhrase ? wordsOf(tokens, 0, markerEnd) : null
}
