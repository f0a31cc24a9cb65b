/**
 * Sarcasm: praise said about a failure is meant the other way. Read at the level of the message, after the other
 * rule cues: when the message states a failure it does not say was solved, a short sentence of praise after it
 * ("…that can't stream. Brilliant."), praise framed as a remark on it ("nice to see you found time to reply",
 * "nice system you've got there"), applause (👏) or a praise word said three times ("cool cool cool"), or a thanks
 * in name only ("thanks a lot") is a sarcasm marker. The marker is returned as a cue (kind 'sarcasm', the
 * customer's own words as its text); ruleTone then reads the praise reversed, as it does for "yeah right".
 */
import frustrationMarkers from './lexicon/frustrationMarkers.json'
import modifiers from './lexicon/modifiers.json'
import { symbolValence } from './lexicon/sentimentLexicon'
import { indexMarkers, isSentenceEnd, markerLengthAt } from './markerPhrases'
import type { SentimentToken } from './tokenizeForSentiment'
import type { WeighedCue } from './weighTokens'

const { sarcasm } = frustrationMarkers
const frames = indexMarkers(sarcasm.frames)
const formulas = indexMarkers(sarcasm.formulas)
const applause: ReadonlySet<string> = new Set(sarcasm.applause)
const resolution: ReadonlySet<string> = new Set(sarcasm.resolution)
const stoppingWords: ReadonlySet<string> = new Set(sarcasm.stoppingWords)
const hedges: ReadonlySet<string> = new Set(sarcasm.hedges)
const frameOpeners: ReadonlySet<string> = new Set(sarcasm.frameOpeners)
const openerLeads: ReadonlySet<string> = new Set(sarcasm.openerLeads)
const openerCuts: ReadonlySet<string> = new Set(sarcasm.openerCuts)
const greetingWords: ReadonlySet<string> = new Set(sarcasm.greetingWords)
const openerAcceptance: ReadonlySet<string> = new Set(sarcasm.openerAcceptance)
const openerRemarks: ReadonlySet<string> = new Set(sarcasm.openerRemarks)
const remarkFrames = indexMarkers(sarcasm.remarkFrames)
/** How much a sarcasm marker weighs on its own, before the praise it turns is reversed. */
const markerWeight = -1

/** Laughter and cheers ("lol", "yay") are never read as sarcastic praise. */
const notNegatable: ReadonlySet<string> = new Set(modifiers.notNegatable)
const isPraise = (token: SentimentToken | undefined) =>
  token?.kind === 'word' &&
  token.negated !== true &&
  (token.role?.valence ?? 0) > 0 &&
  token.role?.problem !== true &&
  !notNegatable.has(token.text)

/**
 * A cue that says something went wrong with a service: a problem, a frustration cue, negated praise or another
 * frustration class. A merely negative word ("sorry", "bad day") is not one: praise beside it is often sincere.
 */
const praiseKinds: ReadonlySet<string> = new Set(['word', 'phrase', 'symbol'])
export const isFailureCue = (cue: WeighedCue) =>
  cue.weight < 0 &&
  (cue.kind === 'problem' ||
    cue.kind === 'frustration' ||
    cue.kind === 'bareFact' ||
    cue.kind === 'scareQuote' ||
    cue.kind === 'rhetorical')
const failingNegators: ReadonlySet<string> = new Set(sarcasm.failingNegators)

/** A verb under a negator of function ("can't stream", "never arrived", "doesn't load"). */
function deniedFunction(tokens: SentimentToken[], index: number): boolean {
  const previous = tokens[index - 1]
  return tokens[index]!.negated === true && previous?.kind === 'word' && failingNegators.has(previous.text)
}

/** The message says the problem was solved, or thanks for something done ("thanks for sorting it"). */
function solved(tokens: SentimentToken[], cues: WeighedCue[]): boolean {
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.kind !== 'word' || token.negated === true || !resolution.has(token.text)) continue
    // "The app stops working", "it stopped working": the resolution word names what failed.
    if (!stoppingWords.has(tokens[index - 1]?.text ?? '')) return true
  }
  return cues.some((cue) => cue.kind === 'phrase' && cue.weight > 0 && cue.text.startsWith('thank'))
}

/**
 * Whether everything said before sentence `sentence` is a failure: no praise or relief there at all ("never let me
 * down", "had a replacement within the hour" are not), and failure cues weighing at least `failureWeight`, verbs
 * under a negator of function ("can't stream", `deniedBefore` of them) counting as such. Sincere short praise
 * mostly follows a story that went well.
 */
function onlyFailureBefore(cues: WeighedCue[], sentence: number, deniedBefore: number): boolean {
  let failure = deniedBefore * sarcasm.failureWeight
  for (const cue of cues) {
    if (cue.sentence >= sentence || cue.sentence < 0) continue
    if (cue.weight > 0) return false
    if (isFailureCue(cue)) failure += cue.weight
  }
  return failure <= sarcasm.failureWeight
}

const wordsOf = (tokens: SentimentToken[], from: number, to: number) =>
  tokens
    .slice(from, to)
    .filter((token) => token.kind === 'word' || token.kind === 'emoji')
    .map((token) => token.text)
    .join(' ')

/**
 * A sentence of at most a few words whose words praise and none complains, after a failure. Sentences are counted
 * as the scoring strategy counts them (each end mark opens one), so cue.sentence compares.
 */
function shortPraiseAfterFailure(tokens: SentimentToken[], cues: WeighedCue[]): string | null {
  let deniedBefore = 0
  for (let start = 0, sentence = 0; start < tokens.length; sentence++) {
    let end = start
    let words = 0
    let complaint = false
    let denied = 0
    for (; end < tokens.length && !isSentenceEnd(tokens[end]); end++) {
      const token = tokens[end]!
      if (token.kind !== 'word') continue
      words++
      if (end > 0 && deniedFunction(tokens, end)) denied++
      if (isPraise(token)) continue
      else if ((token.role?.valence ?? 0) < 0 || token.negated === true) complaint = true
      // Laughter is not praise, and a hedged sentence ("other features seem fine") is a report.
      else if (notNegatable.has(token.text) || hedges.has(token.text)) complaint = true
    }
    // Said with an exclamation, short praise is more often sincere ("Great job!").
    const exclaimed = tokens[end]?.kind === 'exclaim'
    if (!complaint && !exclaimed && words <= sarcasm.shortSentenceWords && start > 0) {
      // Praise said by a word, phrase or emoji: a politeness formula ("The export fails. Thanks.") is form.
      const praise = cues.some((cue) => cue.sentence === sentence && cue.weight > 0 && praiseKinds.has(cue.kind))
      if (praise && onlyFailureBefore(cues, sentence, deniedBefore)) return wordsOf(tokens, start, end)
    }
    deniedBefore += denied
    start = end + 1
  }
  return null
}

/** Praise framed as a remark, applause, a praise word said three times, or a thanks in name only. */
function framedPraise(tokens: SentimentToken[]): string | null {
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.kind === 'emoji' && applause.has(token.text)) return token.text
    const formula = markerLengthAt(tokens, index, formulas)
    if (formula > 0) return wordsOf(tokens, index, index + formula)
    if (!isPraise(token)) continue
    if (tokens[index + 1]?.text === token.text && tokens[index + 2]?.text === token.text) {
      return wordsOf(tokens, index, index + 3)
    }
    // "Nice to see…" right after a praise word that opens the remark; "nice system you've got there" within two words.
    const opensRemark = index === 0 || isSentenceEnd(tokens[index - 1]) || frameOpeners.has(tokens[index - 1]!.text)
    for (let gap = opensRemark ? 1 : 2; gap <= 3; gap++) {
      const frame = markerLengthAt(tokens, index + gap, frames)
      if (frame > 0 && (gap === 1 || tokens[index + gap]!.text !== 'to')) {
        return wordsOf(tokens, index, index + gap + frame)
      }
    }
  }
  return null
}

/**
 * Where praise that opens the message ends: the token index of the clause mark that cuts it off ("Great, so…",
 * "Amazing. Two-factor code…", "Brilliant customer journey: …") or of the last word of a remark frame ("Love how…"),
 * or -1. Leads such as "oh", "really" may come before
 * the praise word, at most two words after it. Cheap on purpose: ruleTone asks it of every text that praises.
 */
export function praiseOpenerEnd(tokens: SentimentToken[]): number {
  let index = 0
  while (index < 2 && tokens[index]?.kind === 'word' && openerLeads.has(tokens[index]!.text)) index++
  const praise = tokens[index]
  if (!isPraise(praise) || openerAcceptance.has(praise!.text) || greetingWords.has(tokens[index + 1]?.text ?? '')) {
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

/** A remark's first word: one of openerRemarks, or a verb in -ing ("Incredible value, paying £45 a month for…"). */
function startsRemark(token: SentimentToken | undefined): boolean {
  if (token?.kind !== 'word') return false
  return openerRemarks.has(token.text) || (token.text.length > 5 && token.text.endsWith('ing'))
}

/**
 * Praise that opens the message as a remark on what follows: after the cut, a few words at least, no praise or
 * politeness, no exclamation and no question, starting as a remark on what happened ("so…", "another…", "you've…",
 * "the…"): after an acknowledgement a request follows ("Great, book it for Friday", "Perfect. I need the number").
 */
function praisingOpener(tokens: SentimentToken[], cues: WeighedCue[], asks: boolean, end: number): string | null {
  if (end < 0 || asks || (tokens[end]!.kind !== 'word' && !startsRemark(tokens[end + 1]))) return null
  // A closing sentence of a few words may praise again ("Great, so now I need three passwords. Super convenient."):
  // the same remark, repeated.
  let closing = tokens.length
  while (closing > end + 1 && isSentenceEnd(tokens[closing - 1])) closing--
  let closingWords = 0
  while (closing > end + 1 && !isSentenceEnd(tokens[closing - 1])) {
    if (tokens[--closing]!.kind === 'word') closingWords++
  }
  if (closingWords > sarcasm.shortSentenceWords || closing <= end + 1) closing = tokens.length
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

/** A smiley or laughter says the writer is joking or pleased, not sneering ("Fun, fun, fun! :D"). */
const isSincerityMarker = (token: SentimentToken) =>
  ((token.kind === 'emoticon' || token.kind === 'emoji') && (symbolValence.get(token.text) ?? 0) > 0) ||
  (token.kind === 'word' && notNegatable.has(token.text))

/**
 * `deniesFunction`: the text has a negator of function ("can't", "never"), so a denied verb may be its failure;
 * `asks`: it asks something (a question mark); `openerEnd`: praiseOpenerEnd of the tokens. Praise about a failure needs the failure; praise that opens the message
 * as a remark on it does not ("Amazing. Two-factor code arrives 15 minutes after it expires.").
 */
export function sarcasmCue(
  tokens: SentimentToken[],
  cues: WeighedCue[],
  deniesFunction: boolean,
  asks = false,
  openerEnd = praiseOpenerEnd(tokens)
): WeighedCue | null {
  const failing =
    cues.some(isFailureCue) || (deniesFunction && tokens.some((_, index) => index > 0 && deniedFunction(tokens, index)))
  if (!failing && openerEnd < 0) return null
  if (tokens.some(isSincerityMarker) && !tokens.some((token) => applause.has(token.text))) return null
  if (solved(tokens, cues)) return null
  const marker =
    (failing ? (shortPraiseAfterFailure(tokens, cues) ?? framedPraise(tokens)) : null) ??
    praisingOpener(tokens, cues, asks, openerEnd)
  return marker === null ? null : { kind: 'sarcasm', text: marker, weight: markerWeight, sentence: -1 }
}
