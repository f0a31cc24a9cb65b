/**
 * Which label a reading gets: a three-class (multinomial logistic) decision fitted on labelled support messages
 * by test/eval/trainToneDecision.ts, in place of the hand-set rule "a polar label needs a cue of feeling". In support
 * text a polite complaint has no felt cue and a request full of thanks is not praise, so where the boundaries lie
 * between negative, neutral and positive is learned from support text. Its inputs are sums over the reading's own
 * cues (by kind and direction) and a few counts of how the message is written, so every label is explained by the
 * cues the sidebar already shows; the score is not changed (toneBands.ts holds it inside the label's band).
 */
import type { SentimentLabel } from '../relationshipInsight'
import feelingWords from './lexicon/feelingWords.json'
import { ironySymbols } from './lexicon/sentimentLexicon'
import { thresholds } from './lexicon/thresholds'
import toneDecision from './lexicon/toneDecision.json'
import type { RuleTone } from './ruleTone'
import { storyPairsOf, type PairVocabulary } from './storyPairs'
import type { SentimentToken } from './tokenizeForSentiment'
import type { WeighedCue } from './weighTokens'

/** The decision's inputs, in the order of the weights in lexicon/toneDecision.json. */
export const decisionInputs = [
  /** The log-odds of positive over negative (rules and learned words together), and how far from even it is. */
  'logit',
  'logitStrength',
  /** Cues of feeling (not problem words, answers, learned words or politeness), each direction summed apart. */
  'feltNegative',
  'feltPositive',
  'politeness',
  'problem',
  'learnedNegative',
  'learnedPositive',
  /** Learned weights of negators ("not", "didn't"): a let-down in a review, often a plain fact in a ticket. */
  'learnedNegators',
  /** Sarcasm (and irony markers: "oh great", 🙃), scare quotes, bare facts: how many. */
  'frustrationClasses',
  /** Rhetorical questions apart: a question is otherwise the mark of a request, so it needs its own weight. */
  'rhetoricalQuestions',
  /** Emoji of irony (🙄, 🙃) apart: sarcasm in one sign ("Thanks 🙄"), and rare in the corpora. */
  'ironyEmoji',
  /** Repeat contacts, stated waits, problems that persist, ?? runs: how many. */
  'frustration',
  /** The message asks something, and not as a rhetorical question or an exasperated "??": a request. */
  'asks',
  'questionMarks',
  /** Emoji and emoticons, signed: in a short message they say how the rest is meant. */
  'symbols',
  /** Exclamation marks strengthen the way the message leans: counted with the sign of the logit. */
  'exclamationsAlongLean',
  'allCaps',
  /** log(1 + words): a one-line problem report is a report; a complaint tends to tell the story. */
  'length',
  /**
   * The customer quotes someone's words or claim (not the screen, an error or the interface: see quotesClaim),
   * as complaints told as facts do ('you said "within 24 hours"').
   */
  'quotedClaim',
  /** The rules' own call (ruleLabel below), one input per polar label: the decision learns where to overrule it. */
  'rulesSayNegative',
  'rulesSayPositive'
] as const

export type DecisionInput = (typeof decisionInputs)[number]

const learnedNegators: ReadonlySet<string> = new Set(feelingWords.groups.negators)
/** Register words ("could", "please", "still", "again", "already"): closed-class words with one weight per label. */
const registerWeights: ReadonlyMap<string, number[]> = new Map(Object.entries(toneDecision.words))
/**
 * Story pairs (storyPairs.ts): how the facts are told, beside the register words. Stored as the negative and the
 * positive label's weight over the neutral one's (only differences between labels decide), so neutral's is 0.
 */
const pairWeights: ReadonlyMap<string, number[]> = new Map(
  Object.entries(toneDecision.pairs).map(([pair, [negative, positive]]) => [pair, [negative!, 0, positive!]])
)
const wordWeights: ReadonlyMap<string, number[]> = new Map([...registerWeights, ...pairWeights])
/** Cue kinds that lean a score but do not show a feeling: problem words, yes/no answers, learned words. */
export const unfeltCueKinds: ReadonlySet<string> = new Set(['problem', 'answer', 'learned'])
/** Counts of marks stop adding evidence past this many. */
const maxMarks = 3

/**
 * The rules' call: a polar label needs a rule cue of feeling in that direction (problem words, answers and learned
 * words alone do not count) or a clearly polar score; a thanks that closes a request or a longer message is form
 * ("Could you check? Thanks"), a message that is little more than the thanks is gratitude.
 */
function ruleLabel(score: number, cues: WeighedCue[], tone: RuleTone): SentimentLabel {
  if (Math.abs(score) < thresholds.neutralBand) return 'neutral'
  const direction = Math.sign(score)
  const formalThanks = tone.asks || tone.wordCount > thresholds.gratitudeOnlyWords
  let felt = false
  for (const cue of cues) {
    if (Math.sign(cue.weight) !== direction || unfeltCueKinds.has(cue.kind)) continue
    if (!(formalThanks && cue.kind === 'politeness')) felt = true
  }
  if (!felt && Math.abs(score) < thresholds.clearlyPolar) return 'neutral'
  return direction > 0 ? 'positive' : 'negative'
}

/**
 * Every input at 0, held as fractions: its copies take the inputs' fractional values without the engine first
 * converting the array's storage from integers (an array filled with the integer 0 is stored as integers).
 */
const noEvidence: number[] = decisionInputs.map(() => 0.5).fill(0)

/** Each input's position in the weights, looked up once. */
const at = Object.fromEntries(decisionInputs.map((input, index) => [input, index])) as Record<DecisionInput, number>

export interface DecisionEvidence {
  /** The inputs, in the order of decisionInputs. */
  values: number[]
  /** The register words and story pairs of the text, each once (see decisionEvidence). */
  words: string[]
  /** The story pairs among them. */
  pairs: readonly string[]
}

/** The words of a vocabulary in the text, each once, in the order they come. */
function wordsIn(tokens: SentimentToken[], vocabulary: { has(word: string): boolean }): string[] {
  const words: string[] = []
  for (const token of tokens) {
    if (token.kind === 'word' && vocabulary.has(token.text) && !words.includes(token.text)) words.push(token.text)
  }
  return words
}

/**
 * The inputs of one reading (cues on the logit scale, as learnedTone leaves them) and its register words: closed-class
 * words whose use differs between a request and a complaint ("could you", "please" against "still", "again",
 * "already", "nobody"), never a topic word. The training script passes its candidate list as `vocabulary`; the
 * reading passes the words the fit kept.
 */
export function decisionEvidence(
  cues: WeighedCue[],
  logit: number,
  tone: RuleTone,
  tokens: SentimentToken[],
  vocabulary?: { has(word: string): boolean },
  pairs?: PairVocabulary
): DecisionEvidence {
  const values = noEvidence.slice()
  values[at.logit] = logit
  values[at.logitStrength] = Math.abs(logit)
  let rhetorical = false
  // Switches on the cue kind rather than set lookups: this runs for every reading.
  for (const cue of cues) {
    const { kind, weight } = cue
    switch (kind) {
      case 'politeness':
        values[at.politeness]! += weight
        break
      case 'problem':
        values[at.problem]! -= weight
        break
      case 'answer':
        break
      case 'learned':
        if (learnedNegators.has(cue.text)) values[at.learnedNegators]! += weight
        else values[weight < 0 ? at.learnedNegative : at.learnedPositive]! += Math.abs(weight)
        break
      default:
        values[weight < 0 ? at.feltNegative : at.feltPositive]! += Math.abs(weight)
    }
    switch (kind) {
      case 'symbol':
        values[at.symbols]! += weight
        if (ironySymbols.has(cue.text)) values[at.ironyEmoji]! += 1
        break
      case 'rhetorical':
        rhetorical = true
        values[at.rhetoricalQuestions]! += 1
        break
      case 'sarcasm':
      case 'irony':
      case 'scareQuote':
      case 'bareFact':
        values[at.frustrationClasses]! += 1
        break
      case 'frustration':
        values[at.frustration]! += 1
    }
  }
  // The reading's register words sit on the word roles, collected by the scoring strategy; training asks its own list.
  const registerWords = vocabulary === undefined ? tone.registerWords : wordsIn(tokens, vocabulary)
  // The reading's story pairs were collected by the scoring strategy's first pass; training asks for every pair.
  const storyPairs = pairs === undefined ? tone.storyPairs : storyPairsOf(tokens, pairs)
  const words = storyPairs.length === 0 ? registerWords : [...registerWords, ...storyPairs]
  values[at.asks] = tone.asks && !rhetorical && !tone.exasperated ? 1 : 0
  values[at.questionMarks] = Math.min(tone.questionRuns, maxMarks)
  values[at.exclamationsAlongLean] = Math.sign(logit) * Math.min(tone.exclaimRuns, maxMarks)
  values[at.allCaps] = tone.allCaps ? 1 : 0
  values[at.length] = Math.log1p(tone.wordCount)
  values[at.quotedClaim] = tone.quotesClaim ? 1 : 0
  const rules = ruleLabel(Math.tanh(logit / 2), cues, tone)
  values[at.rulesSayNegative] = rules === 'negative' ? 1 : 0
  values[at.rulesSayPositive] = rules === 'positive' ? 1 : 0
  return { values, words, pairs: storyPairs }
}

const labels = ['negative', 'neutral', 'positive'] as const

/**
 * The story pairs behind a polar label, as cues: each pair's lean from negative to positive in the decision (its
 * positive weight less its negative one), those that lean the way the label went. They explain the label in the
 * reading's cues, not the score (which they do not move), and are not quoted to an agent as a feeling
 * (readSentiment's unquotedCueKinds).
 */
export function storyCues(pairs: readonly string[], label: SentimentLabel): WeighedCue[] {
  const direction = label === 'negative' ? -1 : label === 'positive' ? 1 : 0
  const cues: WeighedCue[] = []
  if (direction === 0) return cues
  for (const pair of pairs) {
    const [negative, , positive] = pairWeights.get(pair) ?? [0, 0, 0]
    const lean = positive! - negative!
    if (Math.sign(lean) === direction) cues.push({ kind: 'story', text: pair, weight: lean, sentence: -1 })
  }
  return cues
}
const weights = labels.map((label) => toneDecision.classes[label])

/** Each label's fitted score: its bias, one weight per input, and the weights of the register words present. */
export function labelScores(
  features: ArrayLike<number>,
  words: string[],
  classes: number[][] = weights,
  weightsOfWords: ReadonlyMap<string, number[]> = wordWeights
): number[] {
  const scores: number[] = new Array<number>(classes.length)
  for (let label = 0; label < classes.length; label++) {
    const classWeights = classes[label]!
    let score = classWeights[0]!
    for (let index = 0; index < features.length; index++) score += classWeights[index + 1]! * features[index]!
    scores[label] = score
  }
  // A register word's weights are looked up once for all labels (each label still adds them in the words' order).
  for (const word of words) {
    const wordWeight = weightsOfWords.get(word)
    if (wordWeight === undefined) continue
    for (let label = 0; label < classes.length; label++) scores[label]! += wordWeight[label] ?? 0
  }
  return scores
}

/** The fitted decision: each label's weights, the register words' weights and the margins (below). */
interface DecisionModel {
  classes: number[][]
  words: ReadonlyMap<string, number[]>
  margins: Margins
}

/** How much more another label must score to overrule the rules' call: a neutral, a negative and a positive one. */
export interface Margins {
  neutral: number
  negative: number
  positive: number
}

const fittedModel: DecisionModel = { classes: weights, words: wordWeights, margins: toneDecision.margins }

/**
 * The label with the highest fitted score, except that the rules' own call stands unless another label scores at
 * least the margin more. The margin for overruling a negative call is the larger: the rules carry the classes they
 * were written for (a rhetorical question, sarcasm, an emoji of anger), which the support corpora hold few of, while a
 * neutral call is where they miss most (a polite complaint has no cue of feeling). A positive call rests on praise
 * and thanks, which complaints reuse (sarcasm, politeness), so its margin is chosen on its own.
 */
export function decideLabel(
  features: ArrayLike<number>,
  words: string[],
  model: DecisionModel = fittedModel
): SentimentLabel {
  const rules = features[at.rulesSayNegative] === 1 ? 0 : features[at.rulesSayPositive] === 1 ? 2 : 1
  // A message of emoji alone is outside what the decision was fitted on (messages with words): the rules read it.
  if (features[at.length] === 0) return labels[rules]!
  // A question the rules read as rhetorical ("Can you even read?") or an emoji of irony ("Thanks 🙄") is one the
  // corpora hold few of, so a fit on them reads it as a request or a thanks: the rules' negative call stands.
  if (rules === 0 && features[at.rhetoricalQuestions]! + features[at.ironyEmoji]! > 0) return labels[rules]!
  const scores = labelScores(features, words, model.classes, model.words)
  const margin = rules === 1 ? model.margins.neutral : rules === 0 ? model.margins.negative : model.margins.positive
  let best = rules
  for (let label = 0; label < labels.length; label++) {
    if (label !== rules && scores[label]! >= scores[rules]! + margin && scores[label]! > scores[best]!) best = label
  }
  return labels[best]!
}
