/**
 * The rule-based reading of a text: weighed words and phrases, elapsed time, emphasis, and politeness formulas set aside when
 * the message says something negative. `sum` is on the AFINN scale (roughly -5 per strongly negative word).
 */
import { accountDemandCues } from './accountDemandCues'
import { bareFactCues } from './bareFactCues'
import { elapsedTimeCues } from './elapsedTimeCues'
import { emphasisCues } from './emphasisCues'
import { ironySymbols, ruleLeads } from './lexicon/sentimentLexicon'
import { thresholds } from './lexicon/thresholds'
import { problemCourseCues } from './problemCourseCues'
import { rhetoricalQuestionCues } from './rhetoricalQuestionCues'
import { quotesClaim, scareQuoteCues } from './scareQuoteCues'
import { praiseOpenerEnd } from './praiseOpeners'
import { applause, isFailureCue, sarcasmCue } from './sarcasmCues'
import type { SentimentToken, SentimentTokens } from './tokenizeForSentiment'
import { weighTokens, type WeighedCue, type WeighedTokens } from './weighTokens'

export interface RuleTone extends WeighedTokens {
  sum: number
  /**
   * A quotation that cites no screen, error or interface label: the customer quoting the company's words ("you said
   * 'within 24 hours'") or its claim, whatever else the message says. For the tone decision.
   */
  quotesClaim: boolean
}

/**
 * A politeness formula counts only in a message that says nothing negative ("thanks" after a complaint is form).
 * Naming a problem makes the thanks form too ("The export fails. Thanks." is a report), unless something positive
 * is said as well ("the issue is resolved, thank you"); answering "no" is not saying something negative.
 */
function effectiveCues(cues: WeighedCue[]): WeighedCue[] {
  let saysSomethingNegative = false
  let namesProblem = false
  let saysSomethingPositive = false
  for (const cue of cues) {
    if (cue.kind === 'politeness' || cue.kind === 'answer') continue
    if (cue.kind === 'problem') namesProblem ||= cue.weight < 0
    else if (cue.weight < 0) saysSomethingNegative = true
    else if (cue.weight > 0) saysSomethingPositive = true
  }
  const formOnly = saysSomethingNegative || (namesProblem && !saysSomethingPositive)
  return formOnly ? cues.filter((cue) => cue.kind !== 'politeness') : cues
}

/** A failure a scare quote may be about: a failure cue or a clearly negative word. */
const statesFailure = (cue: WeighedCue) => isFailureCue(cue) || (cue.kind === 'word' && cue.weight <= -2)

const isPraiseCue = (cue: WeighedCue) =>
  cue.weight > 0 && (cue.kind === 'word' || cue.kind === 'phrase' || cue.kind === 'symbol')

const isIronyMarker = (cue: WeighedCue) =>
  cue.kind === 'irony' ||
  cue.kind === 'scareQuote' ||
  cue.kind === 'sarcasm' ||
  cue.kind === 'rhetorical' ||
  (cue.kind === 'symbol' && ironySymbols.has(cue.text))

/**
 * Praise said flat: a praise word, phrase or emoji (applause aside), in a message that neither asks (a request quotes
 * the option it asks about; a rhetorical question does not count) nor exclaims or smiles (sincere praise mostly does:
 * "Chuffed!", "to the letter 😂").
 */
function saysFlatPraise(weighed: WeighedTokens): boolean {
  if (!weighed.cues.some(isPraiseCue)) return false
  if (weighed.asks && !weighed.cues.some((cue) => cue.kind === 'rhetorical')) return false
  if (weighed.exclaimRuns > 0) return false
  return !weighed.cues.some((cue) => cue.kind === 'symbol' && cue.weight > 0 && !applause.has(cue.text))
}

/**
 * With an irony marker in the text ("Super helpful 🙃", "oh great, another outage", sarcasm, a rhetorical question
 * such as "do you actually care?", a scare quote: thanks for the "courtesy call"), its praise is read reversed.
 */
function readIrony(cues: WeighedCue[]): void {
  const marker = cues.find(isIronyMarker)
  if (!marker) return
  for (const cue of cues) {
    if (
      cue.weight > 0 &&
      (cue.kind === 'word' || cue.kind === 'phrase' || cue.kind === 'symbol' || cue.kind === 'politeness')
    ) {
      cue.weight *= thresholds.ironyFactor
      // The "why" names the marker, so "helpful" is not quoted as a complaint on its own.
      cue.text = `${cue.text} (${marker.text})`
    }
  }
}

/**
 * `text` is the tokens' source, for the cues read on the text itself (scare quotes, percentages); without it those
 * are not read.
 */
export function ruleTone(tokens: SentimentToken[], text = ''): RuleTone {
  const weighed = weighTokens(tokens)
  // Each rule below runs only when the text has one of its lead words (collected by weighTokens).
  const leads = weighed.leads
  const statesWait = ruleLeads.elapsedTime | ruleLeads.timeUnit
  if ((leads & statesWait) === statesWait) for (const cue of elapsedTimeCues(tokens)) weighed.cues.push(cue)
  if ((leads & ruleLeads.problemCourse) !== 0) for (const cue of problemCourseCues(tokens)) weighed.cues.push(cue)
  if (weighed.asks && (leads & ruleLeads.rhetorical) !== 0) {
    for (const cue of rhetoricalQuestionCues(tokens)) weighed.cues.push(cue)
  }
  // A demand for an account is never exclaimed: "Who decided on the new colour scheme? It looks fantastic!"
  if ((leads & ruleLeads.accountDemand) !== 0 && weighed.exclaimRuns === 0)
    for (const cue of accountDemandCues(tokens, weighed.cues)) weighed.cues.push(cue)
  let claimQuoted = false
  if ((tokens as SentimentTokens).quoted === true) {
    claimQuoted = quotesClaim(text)
    // Quoting the company while praising it is doubt too ("Thanks for the 'courtesy call'", "the 'solid wood'
    // table… Lovely"): any short span counts beside a failure or beside praise.
    const failing = (leads & ruleLeads.failingNegator) !== 0 || weighed.cues.some(statesFailure)
    const praising = !failing && saysFlatPraise(weighed)
    if (failing || praising || (leads & ruleLeads.promise) !== 0) {
      for (const cue of scareQuoteCues(text, failing, praising)) weighed.cues.push(cue)
    }
  }
  if ((leads & (ruleLeads.money | ruleLeads.price | ruleLeads.pattern | ruleLeads.charge)) !== 0) {
    for (const cue of bareFactCues(tokens, text, weighed.cues, leads)) weighed.cues.push(cue)
  }
  const emphasis = emphasisCues(tokens, weighed)
  const cues = effectiveCues(emphasis.cues.length > 0 ? [...weighed.cues, ...emphasis.cues] : weighed.cues)
  // Sarcasm turns praise about a failure: without praise (a word, phrase or emoji, or "thanks a lot") and a failure
  // (a failure cue, or a negator of function such as "can't") there is none.
  const deniesFunction = (leads & ruleLeads.failingNegator) !== 0
  const praising = cues.some(isPraiseCue)
  if ((leads & ruleLeads.sarcasmFormula) !== 0 || praising) {
    // Where praise that opens the message ends, found once: the sarcasm rule reads it twice.
    const openerEnd = praising ? praiseOpenerEnd(tokens) : -1
    const hedges = praising && (leads & ruleLeads.grudging) !== 0
    if (deniesFunction || openerEnd >= 0 || hedges || cues.some(isFailureCue)) {
      const asksForSomething = weighed.asks && !cues.some((cue) => cue.kind === 'rhetorical')
      const sarcasm = sarcasmCue(tokens, cues, deniesFunction, asksForSomething, openerEnd, hedges)
      if (sarcasm !== null) cues.push(sarcasm)
    }
  }
  readIrony(cues)
  let sum = 0
  for (const cue of cues) sum += cue.weight
  const tone = weighed as RuleTone
  tone.cues = cues
  tone.sum = sum * emphasis.amplification
  tone.quotesClaim = claimQuoted
  return tone
}
