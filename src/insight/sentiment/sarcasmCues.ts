/**
 * Sarcasm: praise said about a failure is meant the other way. Read at the level of the message, after the other
 * rule cues: when the message states a failure it does not say was solved, a short sentence of praise after it
 * ("…that can't stream. Brilliant."), praise framed as a remark on it ("nice to see you found time to reply",
 * "nice system you've got there"), applause (👏) or a praise word said three times ("cool cool cool"), or a thanks
 * in name only ("thanks a lot") is a sarcasm marker; so is praise that opens the message as a remark on what
 * follows (praiseOpeners.ts), failure word or not. The marker is returned as a cue (kind 'sarcasm', the
 * customer's own words as its text); ruleTone then reads the praise reversed, as it does for "yeah right".
 */
import frustrationMarkers from './lexicon/frustrationMarkers.json'
import { notNegatable, symbolValence } from './lexicon/sentimentLexicon'
import { indexMarkers, isSentenceEnd, lastSentence, markerLengthAt, sentenceExclaims } from './markerPhrases'
import { isAcceptance, isPraise, praiseOpenerEnd, praisingOpener, wordsOf } from './praiseOpeners'
import type { SentimentToken } from './tokenizeForSentiment'
import type { WeighedCue } from './weighTokens'

const { sarcasm } = frustrationMarkers
const frames = indexMarkers(sarcasm.frames)
const formulas = indexMarkers(sarcasm.formulas)
const grudgingHedges = indexMarkers(sarcasm.grudgingHedges)
const concedingLeads = indexMarkers(sarcasm.concedingLeads)
/** Applause emoji (👏): sarcasm markers, never the sincere praise of a smile. */
export const applause: ReadonlySet<string> = new Set(sarcasm.applause)
const resolution: ReadonlySet<string> = new Set(sarcasm.resolution)
const stoppingWords: ReadonlySet<string> = new Set(sarcasm.stoppingWords)
const hedges: ReadonlySet<string> = new Set(sarcasm.hedges)
const frameOpeners: ReadonlySet<string> = new Set(sarcasm.frameOpeners)
/** How much a sarcasm marker weighs on its own, before the praise it turns is reversed. */
const markerWeight = -1

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
const malfunctionWords: ReadonlySet<string> = new Set(sarcasm.malfunctionWords)
/**
 * A problem cue that says something stopped working ("doesn't work", "crashed", "timed out"), not a situation the
 * customer is in ("stolen", "lost", "delayed", "waiting").
 */
const isMalfunction = (cue: WeighedCue) =>
  cue.kind === 'problem' && cue.weight < 0 && cue.text.split(/[\s…]+/).some((word) => malfunctionWords.has(word))

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

/**
 * A word (not praise) that keeps a short sentence from being flat praise: it complains or is negated, or it is
 * laughter, which is not praise, or a hedge, which makes the sentence a report ("other features seem fine").
 */
const complainsOrHedges = (token: SentimentToken) =>
  (token.role?.valence ?? 0) < 0 || token.negated === true || notNegatable.has(token.text) || hedges.has(token.text)

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
      if (!isPraise(token) && complainsOrHedges(token)) complaint = true
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

/**
 * The last sentence is a few words of flat praise ("… Cool.", "… great stuff", "… Cheers.") after a part that says
 * nothing good and reports a malfunction: praise closing a list of failures, whatever they weigh. A sincere story
 * that ends in praise tells what went well ("had a virtual card within minutes. Brilliant service."), and its problem
 * words are the situation it started from.
 */
function closingPraiseAfterMalfunction(tokens: SentimentToken[], cues: WeighedCue[]): string | null {
  const { start, end, words } = lastSentence(tokens)
  if (tokens[end]?.kind === 'exclaim') return null
  if (start === 0 || words === 0 || words > sarcasm.shortSentenceWords) return null
  for (let index = start; index < end; index++) {
    const token = tokens[index]!
    if (token.kind === 'word' && !isPraise(token) && complainsOrHedges(token)) return null
  }
  let sentence = 0
  for (let index = 0; index < start; index++) if (isSentenceEnd(tokens[index])) sentence++
  let praise = false
  let malfunction = false
  for (const cue of cues) {
    if (cue.sentence >= sentence) {
      if (cue.sentence === sentence && cue.weight > 0 && praiseKinds.has(cue.kind)) praise = true
    } else if (cue.weight > 0) return null
    else if (isMalfunction(cue)) malfunction = true
  }
  for (let index = 1; !malfunction && index < start; index++) malfunction = deniedFunction(tokens, index)
  return praise && malfunction ? wordsOf(tokens, start, end) : null
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
 * Praise with a grudging hedge after it in its sentence ("Happy anniversary, I guess.", "Great for dry weather I guess"),
 * or after a conceding lead in its sentence ("I'm sure it's very exciting for your shareholders that…", "I'm sure the
 * new app looked lovely in the presentation, but…"): praise granted against what happened, not the customer's own. The
 * marker runs from the praise word to the hedge, or from the lead to the praise word; a conceded praise counts only
 * when its sentence does not exclaim ("I'm sure they'll love it!") and nothing else in the message praises or thanks.
 */
function grudgingPraise(tokens: SentimentToken[]): string | null {
  let praiseAt = -1
  let concededAt = -1
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (isSentenceEnd(token)) {
      praiseAt = -1
      concededAt = -1
      continue
    }
    if (concededAt < 0) {
      const lead = markerLengthAt(tokens, index, concedingLeads)
      if (lead > 0) {
        concededAt = index
        index += lead - 1
        continue
      }
    }
    if (praiseAt < 0) {
      if (isPraise(token) && !isAcceptance(token) && token.negated !== true) {
        if (concededAt >= 0 && !sentenceExclaims(tokens, index) && onlyPraiseAt(tokens, index)) {
          return wordsOf(tokens, concededAt, index + 1)
        }
        praiseAt = index
      }
    } else {
      const hedge = markerLengthAt(tokens, index, grudgingHedges)
      if (hedge > 0) return wordsOf(tokens, praiseAt, index + hedge)
    }
  }
  return null
}

/** Nothing else in the message is praise or thanks ("Thanks so much, I'm sure the kids will love it." is sincere). */
function onlyPraiseAt(tokens: SentimentToken[], index: number): boolean {
  return tokens.every((token, at) => at === index || (token.role?.valence ?? 0) <= 0)
}

/** A smiley or laughter says the writer is joking or pleased, not sneering ("Fun, fun, fun! :D"). */
const isSincerityMarker = (token: SentimentToken) =>
  ((token.kind === 'emoticon' || token.kind === 'emoji') && (symbolValence.get(token.text) ?? 0) > 0) ||
  (token.kind === 'word' && notNegatable.has(token.text))

/**
 * `deniesFunction`: the text has a negator of function ("can't", "never"), so a denied verb may be its failure;
 * `asks`: it asks something (a question mark); `openerEnd`: praiseOpenerEnd of the tokens; `hedges`: it has the
 * last word of a grudging hedge ("suppose", "guess"). Praise about a failure needs the failure; praise that opens the
 * message as a remark on it does not ("Amazing. Two-factor code arrives 15 minutes after it expires."), nor does
 * praise granted grudgingly ("Happy anniversary, I guess.").
 */
export function sarcasmCue(
  tokens: SentimentToken[],
  cues: WeighedCue[],
  deniesFunction: boolean,
  asks = false,
  openerEnd = praiseOpenerEnd(tokens),
  hedges = false
): WeighedCue | null {
  const failing =
    cues.some(isFailureCue) || (deniesFunction && tokens.some((_, index) => index > 0 && deniedFunction(tokens, index)))
  const grudging = hedges && !asks ? grudgingPraise(tokens) : null
  if (!failing && openerEnd < 0 && grudging === null) return null
  if (tokens.some(isSincerityMarker) && !tokens.some((token) => applause.has(token.text))) return null
  if (solved(tokens, cues)) return null
  const marker =
    (failing
      ? (shortPraiseAfterFailure(tokens, cues) ??
        framedPraise(tokens) ??
        (asks ? null : closingPraiseAfterMalfunction(tokens, cues)))
      : null) ??
    praisingOpener(tokens, cues, asks, openerEnd) ??
    grudging
  return marker === null ? null : { kind: 'sarcasm', text: marker, weight: markerWeight, sentence: -1 }
}
