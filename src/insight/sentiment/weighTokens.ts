/**
 * The scoring strategy: walks the tokens once and weighs every tone-bearing word, emoji, emoticon and phrase in
 * its context — negation to the end of the clause, boosters and downtoners, capitals, and the clause before
 * "but" weighing less than the one after. Returns one cue per contribution, so the reading can say why.
 */
import type { SentimentCue } from '../relationshipInsight'
import { endsInNot, isNegatorWord } from './clauseWords'
import { isFeelingForm } from './feelingForms'
import { opensRegret } from './regretOpeners'
import {
  comparatives,
  counterfactualContractions,
  extremeDegreeWords,
  modalNegatorLeads,
  modalNegators,
  negationRaisingVerbs,
  negators,
  notNegatable,
  notNegating,
  presupposingDeterminers,
  ruleLeads,
  symbolValence
} from './lexicon/sentimentLexicon'
import { thresholds } from './lexicon/thresholds'
import { phraseAt } from './matchPhrases'
import type { SentimentToken } from './tokenizeForSentiment'

export type CueKind =
  | 'word'
  | 'negated'
  | 'problem'
  | 'answer'
  | 'symbol'
  | 'phrase'
  | 'frustration'
  | 'irony'
  | 'politeness'
  | 'learned'
  /** Frustration classes said without a complaint word (lexicon/frustrationMarkers.json). */
  | 'sarcasm'
  | 'scareQuote'
  | 'rhetorical'
  | 'bareFact'
  /** A story pair the tone decision leaned on (storyPairs.ts): explains the label, never moves the score. */
  | 'story'

export interface WeighedCue extends SentimentCue {
  kind: CueKind
  /** Sentence the cue sits in, for the contrast rule. */
  sentence: number
}

export interface WeighedTokens {
  cues: WeighedCue[]
  /** Words (not punctuation or symbols) in the text. */
  wordCount: number
  /** Every letter-bearing word was in capitals: capitals then carry no emphasis. */
  allCaps: boolean
  /** The text asks something (a question mark): a thanks in it closes a request. */
  asks: boolean
  /** The lead-word bits of its words (WordRole.leads), so the frustration-class rules run only where they can match. */
  leads: number
  /**
   * What the emphasis and the tone decision count, collected in the same first pass: words in capitals, `?` runs
   * and `!` runs (and their marks), whether a `?` run has more than one mark ("??", "?!"), and the tone decision's
   * register words (WordRole.register), each once in the order they come.
   */
  capsWords: number
  questionRuns: number
  exclaimRuns: number
  exclamationMarks: number
  exasperated: boolean
  registerWords: string[]
  /** The tone decision's story pairs in the text (WordRole.pairs; see storyPairs.ts), each once in their order. */
  storyPairs: readonly string[]
}

function isBoundary(token: SentimentToken): boolean {
  return token.kind === 'stop' || token.kind === 'exclaim' || token.kind === 'question' || token.kind === 'comma'
}

function isNegator(word: string): boolean {
  return negators.has(word) || endsInNot(word)
}

/** Whether the word at `index` carries tone: a valence of its own, or the start of a phrase found there. */
function bearsTone(tokens: SentimentToken[], index: number): boolean {
  const token = tokens[index]
  if (token?.kind !== 'word' || token.role === undefined) return false
  const { valence, phrases } = token.role
  return valence !== 0 || (phrases !== null && phraseAt(tokens, index, phrases) !== undefined)
}

/**
 * "so" or "that" between a negator and a tone word ("not so good", "isn't that great") is a degree word, not a
 * clause breaker: the negation scope stays open across it.
 */
export function isDegreeAfterNegator(tokens: SentimentToken[], index: number): boolean {
  const previous = tokens[index - 1]
  if (previous?.kind !== 'word' || !bearsTone(tokens, index + 1)) return false
  return isNegatorWord(previous)
}

/** The walk's running context; a plain object rather than closures, because this runs for every text. */
interface WalkState {
  cues: WeighedCue[]
  allCaps: boolean
  sentence: number
  negationLeft: number
  /** The negator whose scope is open, and whether it has negated a tone word yet. */
  negatorToken: SentimentToken | null
  negatedTone: boolean
  /** The open scope is a negator of ability ("couldn't", "can't"), and whether "more"/"any" was seen in it. */
  abilityScope: boolean
  degreeInScope: boolean
  /** The open scope was read as an extreme: its later words are not marked negated either. */
  extreme: boolean
  /**
   * The open scope has reached a definite noun phrase after its verb ("nobody answered the emergency line"): the
   * negation denies the event, not the thing, so a negative word from here on is read as said (modifiers.json).
   */
  presupposed: boolean
  negator: string
  boost: number
  afterContrast: number
}

function weigh(state: WalkState, base: number, token: SentimentToken, text: string, kind: CueKind): void {
  let weight = base * state.boost * state.afterContrast
  if (token.caps && !state.allCaps) weight *= thresholds.capsFactor
  if (state.presupposed && base < 0) {
    token.negated = false
    state.cues.push({ kind, text, weight, sentence: state.sentence })
  } else if (state.negationLeft > 0 && kind !== 'frustration' && kind !== 'irony' && !notNegatable.has(text)) {
    state.negatedTone = true
    if (state.abilityScope && (state.degreeInScope || comparatives.has(text))) {
      // "Couldn't be more disappointed", "can't get any worse", "couldn't ask for better": an extreme, not a denial.
      weight *= thresholds.extremeFactor
      // The scope states an extreme, so the learned layer reads its words plainly, not as negated.
      token.negated = false
      state.extreme = true
      state.cues.push({ kind: 'phrase', text: `${state.negator} … ${text}`, weight, sentence: state.sentence })
    } else {
      weight *= thresholds.negationFactor
      state.cues.push({ kind: 'negated', text: `${state.negator} … ${text}`, weight, sentence: state.sentence })
    }
  } else state.cues.push({ kind, text, weight, sentence: state.sentence })
  state.boost = 1
}

/** Opens a negation scope at a negator (a word, or a phrase ending in one: "still not"). */
function openScope(state: WalkState, negator: SentimentToken | null, text: string, ability = false): void {
  closeScope(state)
  state.negationLeft = thresholds.negationScopeTokens
  state.negator = text
  state.negatorToken = negator
  state.negatedTone = false
  state.abilityScope = ability
  state.degreeInScope = false
  state.extreme = false
  state.presupposed = false
}

/** Whether "enough" closes the negation scope opened at `index` ("can't thank them enough"). */
function enoughAhead(tokens: SentimentToken[], index: number): boolean {
  for (let next = index + 1; next <= index + thresholds.negationScopeTokens + 1 && next < tokens.length; next++) {
    const token = tokens[next]!
    if (token.kind !== 'word') return false
    if (token.text === 'enough') return true
  }
  return false
}

/** "couldn't", "can't", "cannot", or "not" right after "could"/"can". */
function negatesAbility(tokens: SentimentToken[], index: number): boolean {
  const word = tokens[index]!.text
  if (modalNegators.has(word)) return true
  const previous = tokens[index - 1]
  return word === 'not' && previous?.kind === 'word' && modalNegatorLeads.has(previous.text)
}

/**
 * Ends the negation scope. A negator that negated no tone word ("no perks", "no electricity") is then read as a
 * word with its own lean; the scope still marked the words it covered, for the learned layer.
 */
function closeScope(state: WalkState): void {
  const negator = state.negatorToken
  state.negationLeft = 0
  state.negatorToken = null
  state.presupposed = false
  if (!negator || state.negatedTone || !negator.role || negator.role.valence === 0) return
  const kind: CueKind = negator.role.answer ? 'answer' : negator.role.problem ? 'problem' : 'word'
  state.cues.push({ kind, text: negator.text, weight: negator.role.valence, sentence: state.sentence })
}

/**
 * A definite determiner after the negated verb ("nobody answered the …", "didn't fix my …"), not right after the
 * negator ("not the worst") nor after a verb that carries the negation into its clause ("don't think the …").
 */
function presupposesThing(tokens: SentimentToken[], index: number, state: WalkState): boolean {
  if (state.negationLeft === thresholds.negationScopeTokens || !presupposingDeterminers.has(tokens[index]!.text)) {
    return false
  }
  const previous = tokens[index - 1]
  return previous?.kind === 'word' && !negationRaisingVerbs.has(previous.text) && previous !== state.negatorToken
}

/** Counts a word against the open scope, closing it when its words run out. */
function spendScope(state: WalkState): void {
  if (state.negationLeft > 0 && --state.negationLeft === 0) closeScope(state)
}

/** Shared by every text without a story pair: never written to. */
const noStoryPairs: readonly string[] = []

export function weighTokens(tokens: SentimentToken[]): WeighedTokens {
  let wordCount = 0
  let capsWords = 0
  let leads = 0
  let questionRuns = 0
  let exclaimRuns = 0
  let exclamationMarks = 0
  let exasperated = false
  const registerWords: string[] = []
  let storyPairs: string[] | null = null
  let pairsAfterPrevious: ReadonlyMap<string, string> | null = null
  for (const token of tokens) {
    if (token.kind !== 'word') {
      pairsAfterPrevious = null
      if (token.kind === 'question') {
        questionRuns++
        exasperated ||= token.text.length > 1
      } else if (token.kind === 'exclaim') {
        exclaimRuns++
        exclamationMarks += token.text.length
      }
      continue
    }
    if (pairsAfterPrevious !== null) {
      const pair = pairsAfterPrevious.get(token.text)
      if (pair !== undefined && (storyPairs === null || !storyPairs.includes(pair))) (storyPairs ??= []).push(pair)
    }
    const role = token.role
    if (role !== undefined) {
      leads |= role.leads
      if (role.register !== null && !registerWords.includes(token.text)) registerWords.push(token.text)
      pairsAfterPrevious = role.pairs
    } else pairsAfterPrevious = null
    wordCount++
    if (token.caps) capsWords++
  }
  const state: WalkState = {
    cues: [],
    allCaps: wordCount > 0 && capsWords === wordCount,
    sentence: 0,
    negationLeft: 0,
    negatorToken: null,
    negatedTone: false,
    abilityScope: false,
    degreeInScope: false,
    extreme: false,
    presupposed: false,
    negator: '',
    boost: 1,
    afterContrast: 1
  }
  const cues = state.cues
  let sentenceStart = 0

  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (isBoundary(token)) {
      closeScope(state)
      state.boost = 1
      if (token.kind !== 'comma') {
        state.sentence++
        sentenceStart = cues.length
        state.afterContrast = 1
      }
      continue
    }
    const role = token.role
    const phrase = role?.phrases ? phraseAt(tokens, index, role.phrases) : undefined
    if (phrase) {
      const { words, weight, kind } = phrase
      weigh(state, weight, token, words.join(' '), kind === 'valence' ? 'phrase' : kind)
      const end = index + words.length
      for (let inside = index; inside < end; inside++) {
        const insideToken = tokens[inside]!
        insideToken.negated = state.negationLeft > 0
        insideToken.inPhrase = true
      }
      index = end - 1
      spendScope(state)
      // "still not", "still can't": a phrase that ends in a negator negates what follows it.
      const lastWord = words[words.length - 1]!
      if (isNegator(lastWord)) openScope(state, null, lastWord)
      continue
    }
    if (token.kind !== 'word') {
      const valence = symbolValence.get(token.text)
      if (valence !== undefined) {
        const weight = valence * thresholds.symbolFactor
        cues.push({ kind: 'symbol', text: token.text, weight, sentence: state.sentence })
      }
      continue
    }
    if (state.negationLeft > 0 && !state.extreme) token.negated = true
    const word = token.text
    const next = tokens[index + 1]
    if (role?.clauseBreaker && !isDegreeAfterNegator(tokens, index)) {
      closeScope(state)
      if (role.contrast) {
        for (let earlier = sentenceStart; earlier < cues.length; earlier++) {
          cues[earlier]!.weight *= thresholds.beforeContrastFactor
        }
        state.afterContrast = thresholds.afterContrastFactor
      }
      // A clause breaker that is also a booster ("so good") still strengthens the tone word right after it.
      if (role.intensity === 1 || !bearsTone(tokens, index + 1)) continue
    }
    if (state.sentence > 0 && role !== undefined && role.valence < 0 && opensRegret(tokens, index)) {
      // "Love the new logo. Shame the app still won't load.": the praise before is the set-up (regretOpeners.ts).
      for (const earlier of cues) if (earlier.weight > 0) earlier.weight *= thresholds.beforeContrastFactor
      state.afterContrast = thresholds.afterContrastFactor
    }
    if (isNegatorWord(token) && next?.kind === 'word' && !notNegating.has(next.text)) {
      const ability = negatesAbility(tokens, index)
      openScope(state, token, word, ability)
      // "Can't recommend them enough": the degree word comes after the tone word it makes extreme.
      if (ability) state.degreeInScope = enoughAhead(tokens, index)
      continue
    }
    // "would have been helpful", "should've been fixed": what did not happen (modifiers.json `counterfactuals`).
    if (role !== undefined && (role.leads & ruleLeads.counterfactual) !== 0) {
      const perfect = counterfactualContractions.has(word) ? 0 : next?.text === 'have' ? 1 : -1
      if (perfect >= 0 && tokens[index + perfect + 1]?.kind === 'word') {
        openScope(state, null, perfect === 0 ? word : `${word} have`)
        index += perfect
        continue
      }
    }
    if (state.negationLeft > 0) {
      if (extremeDegreeWords.has(word)) state.degreeInScope = true
      else if (presupposesThing(tokens, index, state)) state.presupposed = true
    }
    // A booster strengthens the tone word right after it; without one, a booster with a tone of its own ("damn
    // you") is read as a word.
    if (role && role.intensity !== 1 && next?.kind === 'word' && (bearsTone(tokens, index + 1) || role.valence === 0)) {
      state.boost *= role.intensity
      continue
    }
    if (role && role.valence !== 0) {
      if (role.valence > 0 && isFeelingForm(tokens, index)) {
        // A wish or an acknowledgement is a formula (feelingForms.ts): like "thanks in advance", it weighs nothing,
        // and the learned layer skips it as it skips the words of a phrase.
        token.inPhrase = true
        weigh(state, 0, token, word, 'politeness')
      } else weigh(state, role.valence, token, word, role.problem ? 'problem' : role.answer ? 'answer' : 'word')
    } else state.boost = 1
    spendScope(state)
  }
  closeScope(state)
  return {
    cues,
    wordCount,
    allCaps: state.allCaps,
    asks: questionRuns > 0,
    leads,
    capsWords,
    questionRuns,
    exclaimRuns,
    exclamationMarks,
    exasperated,
    registerWords,
    storyPairs: storyPairs ?? noStoryPairs
  }
}
