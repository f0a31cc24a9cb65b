/**
 * The lexicons as lookup tables, built once: the `sentiment` package's AFINN-165 labels and its emoji ratings,
 * with Rapport's support-domain entries laid over them; phrases indexed by their first word.
 */
// Through the package's CommonJS language module: its labels.json has keys (await, true, …) that break JSON-as-ESM loaders.
import english from 'sentiment/languages/en/index.js'
import emojiLabels from 'sentiment/build/emoji.json'
import elapsedTime from './elapsedTime.json'
import emoji from './emoji.json'
import emoticons from './emoticons.json'
import informalLexicon from './informalLexicon.json'
import modifiers from './modifiers.json'
import normalForms from './normalForms.json'
import phrases from './phrases.json'
import problemCourse from './problemCourse.json'
import problemTerms from './problemTerms.json'
import learnedWeights from './learnedWeights.json'
import toneDecision from './toneDecision.json'
import supportLexicon from './supportLexicon.json'
import frustrationMarkers from './frustrationMarkers.json'
import { endsInNot } from '../clauseWords'

export type PhraseKind = 'politeness' | 'frustration' | 'valence' | 'irony' | 'problem'

export interface LexiconPhrase {
  kind: PhraseKind
  words: string[]
  weight: number
}

function numericEntries(record: Record<string, unknown>): Array<[string, number]> {
  return Object.entries(record).filter((entry): entry is [string, number] => typeof entry[1] === 'number')
}

export const wordValence: ReadonlyMap<string, number> = new Map([
  ...numericEntries(english.labels),
  ...numericEntries(informalLexicon),
  ...numericEntries(supportLexicon)
])

export const symbolValence: ReadonlyMap<string, number> = new Map([
  ...numericEntries(emojiLabels),
  ...numericEntries(emoji),
  ...numericEntries(emoticons)
])

/** Emoji that say the praise beside them is meant the other way (🙃, 🙄). */
export const ironySymbols: ReadonlySet<string> = new Set(emoji.irony)

export const negators: ReadonlySet<string> = new Set(modifiers.negators)
export const clauseBreakers: ReadonlySet<string> = new Set(modifiers.clauseBreakers)
export const contrastWords: ReadonlySet<string> = new Set(modifiers.contrast)
export const notNegating: ReadonlySet<string> = new Set(modifiers.notNegating)
export const notNegatable: ReadonlySet<string> = new Set(modifiers.notNegatable)
export const intensity: ReadonlyMap<string, number> = new Map(numericEntries(modifiers.intensifiers))
export const problemWords: ReadonlySet<string> = new Set(problemTerms.terms)
export const answerWords: ReadonlySet<string> = new Set(modifiers.answers)
export const modalNegators: ReadonlySet<string> = new Set(modifiers.modalNegators)
export const modalNegatorLeads: ReadonlySet<string> = new Set(modifiers.modalNegatorLeads)
export const comparatives: ReadonlySet<string> = new Set(modifiers.comparatives)
export const extremeDegreeWords: ReadonlySet<string> = new Set(modifiers.extremeDegreeWords)
export const counterfactualContractions: ReadonlySet<string> = new Set(modifiers.counterfactuals.contracted)
export const presupposingDeterminers: ReadonlySet<string> = new Set(modifiers.presupposingDeterminers)
export const negationRaisingVerbs: ReadonlySet<string> = new Set(modifiers.negationRaisingVerbs)

/** Phrases by first word, longest first, so the longest match wins. */
export const phrasesByFirstWord: ReadonlyMap<string, LexiconPhrase[]> = (() => {
  const index = new Map<string, LexiconPhrase[]>()
  const add = (kind: PhraseKind, words: string[], weight: number) =>
    index.set(words[0]!, [...(index.get(words[0]!) ?? []), { kind, words, weight }])
  for (const kind of ['politeness', 'frustration', 'valence', 'irony', 'problem'] as const) {
    for (const [text, weight] of numericEntries(phrases[kind])) add(kind, text.split(' '), weight)
  }
  // Ordinal × contact noun, a rule rather than a list ("third time", "5th email").
  const { ordinals, nouns, periods, periodTails, consecutivePeriods } = phrases.repeatedContact
  for (const [ordinal, weight] of numericEntries(ordinals)) {
    for (const noun of nouns) add('frustration', [ordinal, noun], weight)
    // "third month in a row", "second week running": the same let-down again.
    for (const period of periods) {
      for (const tail of periodTails) add('frustration', [ordinal, period, ...tail.split(' ')], weight)
    }
  }
  for (const [period, weight] of numericEntries(consecutivePeriods)) add('frustration', ['consecutive', period], weight)
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length)
  return index
})()

/** Bits of WordRole.leads. */
export const ruleLeads = {
  money: 1,
  price: 2,
  rise: 4,
  pattern: 8,
  sarcasmFormula: 16,
  promise: 32,
  rhetorical: 64,
  failingNegator: 128,
  /** May open a stated wait ("for", "over"…, see elapsedTime.json). */
  elapsedTime: 256,
  /** Starts a word that says how a problem is going ("still", "every time"…, see problemCourse.json). */
  problemCourse: 512,
  /** A word of charging for a quantity ("billed", "paid", "ordered"), for the quantity mismatch. */
  charge: 1024,
  /** A unit of time ("days", "weeks"): a stated wait needs one as well as its lead word. */
  timeUnit: 2048,
  /** Ends a grudging hedge after praise ("…, I suppose", "I guess") or a conceding lead before it ("I'm sure"). */
  grudging: 4096,
  /** Ends an account a customer demands ("happened", "decided", "do about"), see accountDemandCues.ts. */
  accountDemand: 8192,
  /** A modal that may open a counterfactual ("would have", "should've"), read by the scoring strategy itself. */
  counterfactual: 16384
} as const

const firstWord = (marker: string) => marker.split(' ')[0]!
const lastWord = (marker: string) => marker.split(' ').at(-1)!

/** Everything the scoring strategy needs to know about a word, so that one lookup per word suffices. */
export interface WordRole {
  valence: number
  /** A negator: listed in modifiers.json, or a contraction of "not" ("didn't"), so the walk need not read the word. */
  negator: boolean
  clauseBreaker: boolean
  contrast: boolean
  /** Booster or downtoner factor; 1 when the word is neither. */
  intensity: number
  problem: boolean
  /** A yes/no answer particle. */
  answer: boolean
  /**
   * Lead words of the rules read after the scoring strategy (elapsed time, how a problem is going, the frustration
   * classes), as bits (see ruleLeads): each rule runs only for texts that have one of its lead words, which the
   * scoring strategy collects in its first pass.
   */
  leads: number
  /** The written form a spelling variant is read as ("3rd" → "third", "cant" → "can't"); null for other words. */
  normal: string | null
  /** Phrases that start with this word, longest first; null when none. */
  phrases: LexiconPhrase[] | null
  /** Learned-layer weights of the word read plainly and inside a negation scope; 0 when it has none. */
  learned: number
  learnedNegated: number
  /** The tone decision's weights of a register word, one per label (lexicon/toneDecision.json); null for others. */
  register: number[] | null
  /**
   * The tone decision's story pairs that start with this word, by their second word (lexicon/toneDecision.json
   * `pairs`; see ../storyPairs.ts), so reading a text looks a pair up without building its string; null for others.
   */
  pairs: ReadonlyMap<string, string> | null
}

/**
 * The learned words, stored grouped by weight ("-1.25": "awful dreadful …") because the file ships in the sidebar
 * bundle and a list of words under each weight packs to a fraction of one number per word.
 */
export const learnedWordWeights: ReadonlyMap<string, number> = new Map(
  Object.entries(learnedWeights.wordsByWeight).flatMap(([weight, words]) =>
    words.split(' ').map((word): [string, number] => [word, Number(weight)])
  )
)

export const wordRoles: ReadonlyMap<string, WordRole> = (() => {
  const roles = new Map<string, WordRole>()
  const roleOf = (word: string) => {
    let role = roles.get(word)
    if (!role) {
      role = {
        valence: 0,
        negator: false,
        clauseBreaker: false,
        contrast: false,
        intensity: 1,
        problem: false,
        answer: false,
        leads: 0,
        normal: null,
        phrases: null,
        learned: 0,
        learnedNegated: 0,
        register: null,
        pairs: null
      }
      roles.set(word, role)
    }
    return role
  }
  for (const [word, valence] of wordValence) roleOf(word).valence = valence
  for (const word of negators) roleOf(word).negator = true
  for (const word of clauseBreakers) roleOf(word).clauseBreaker = true
  for (const word of contrastWords) roleOf(word).contrast = true
  for (const [word, factor] of intensity) roleOf(word).intensity = factor
  for (const word of problemWords) roleOf(word).problem = true
  for (const word of answerWords) roleOf(word).answer = true
  for (const [word, phrases] of phrasesByFirstWord) roleOf(word).phrases = phrases
  for (const [variant, form] of Object.entries(normalForms.forms)) roleOf(variant).normal = form
  const { bareFacts, sarcasm, scareQuotes, rhetoricalQuestions, accountDemands } = frustrationMarkers
  const leadsOf: Array<[number, string[]]> = [
    [ruleLeads.elapsedTime, elapsedTime.leads],
    [ruleLeads.timeUnit, Object.keys(elapsedTime.units)],
    [ruleLeads.problemCourse, [...problemCourse.persisting.words, ...problemCourse.resolved.words].map(firstWord)],
    [ruleLeads.money, bareFacts.money],
    [ruleLeads.charge, bareFacts.quantityMismatch.charged],
    [ruleLeads.price, bareFacts.priceWords],
    [ruleLeads.rise, [...bareFacts.rise, ...bareFacts.steepRise]],
    // A pattern marker by its last word: "as", "yet", "once" open too many sentences to be a lead.
    [ruleLeads.pattern, bareFacts.pattern.map(lastWord)],
    [ruleLeads.sarcasmFormula, sarcasm.formulas.map(firstWord)],
    [ruleLeads.grudging, [...sarcasm.grudgingHedges, ...sarcasm.concedingLeads].map(lastWord)],
    [ruleLeads.promise, scareQuotes.promises.flatMap((promise) => promise.split(' '))],
    [
      ruleLeads.rhetorical,
      [...rhetoricalQuestions.care, ...rhetoricalQuestions.weak, ...rhetoricalQuestions.aloneWords, 'exactly', 'why']
    ],
    [ruleLeads.failingNegator, sarcasm.failingNegators],
    [ruleLeads.counterfactual, [...modifiers.counterfactuals.modals, ...modifiers.counterfactuals.contracted]],
    [ruleLeads.accountDemand, accountDemands.accounts.flatMap((account) => account.words.map(lastWord))]
  ]
  for (const [bit, words] of leadsOf) for (const word of words) roleOf(word).leads |= bit
  for (const [word, weights] of Object.entries(toneDecision.words)) roleOf(word).register = weights
  for (const pair of Object.keys(toneDecision.pairs)) {
    const [first, second] = pair.split(' ') as [string, string]
    const role = roleOf(first)
    const followers = (role.pairs as Map<string, string> | null) ?? new Map<string, string>()
    role.pairs = followers.set(second, pair)
  }
  for (const [key, weight] of learnedWordWeights) {
    if (key.startsWith('~')) roleOf(key.slice(1)).learnedNegated = weight
    else roleOf(key).learned = weight
  }
  for (const [word, role] of roles) if (endsInNot(word)) role.negator = true
  return roles
})()
