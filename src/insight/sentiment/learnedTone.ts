/**
 * Combines the rule reading with the learned word weights (a logistic regression fitted on the tuning split of
 * the development sets, see test/eval/trainLearnedWeights.ts) into one logit. Every contribution stays a cue:
 * the rule cues rescaled to the logit, plus one cue per learned word, so the "why" covers the whole score.
 * The weights sit on each token's WordRole (looked up once by the tokenizer); words the training left out
 * (closed-class words, problem words, numbers) simply have none.
 */
import englishWords from '../language/englishVocabulary.json'
import foreignMarkers from '../language/foreignMarkers.json'
import languageMarkers from '../language/languageMarkers.json'
import learnedWeights from './lexicon/learnedWeights.json'
import type { RuleTone } from './ruleTone'
import type { SentimentToken } from './tokenizeForSentiment'
import type { WeighedCue } from './weighTokens'

/** Function words of the other languages are left out: "die", "de" occur in English reviews but settle nothing. */
const foreignWords: ReadonlySet<string> = new Set([
  ...foreignMarkers.words,
  ...Object.values(languageMarkers.languages).flatMap((language) => language.words)
])
const englishVocabulary: ReadonlySet<string> = new Set(englishWords.words.filter((word) => !foreignWords.has(word)))

const ruleToLogit = learnedWeights.rulesWeight / learnedWeights.rulesScale

/**
 * A word a lexicon or the English vocabulary (the most frequent words of the training text) knows: evidence that a
 * text is English even when the language detector doubts it. Asked only for texts without English function words.
 */
export function isEnglishWord(token: SentimentToken): boolean {
  return token.role !== undefined || englishVocabulary.has(token.text)
}

/** A word counts once per text, as in training; the learned cues found so far are few, so a scan is cheapest. */
function alreadyCounted(cues: WeighedCue[], from: number, key: string): boolean {
  for (let index = from; index < cues.length; index++) if (cues[index]!.text === key) return true
  return false
}

export interface LearnedTone {
  /** Log-odds of positive over negative. */
  logit: number
  /** The rule cues (rescaled to the logit in place), then the learned words. */
  cues: WeighedCue[]
}

export function learnedTone(tokens: SentimentToken[], tone: RuleTone): LearnedTone {
  const cues = tone.cues
  for (const cue of cues) cue.weight *= ruleToLogit
  const rule = tone.sum * ruleToLogit
  let learned = 0
  const ruleCueCount = cues.length
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    const role = token.role
    if (role === undefined || token.inPhrase === true) continue
    const negated = token.negated === true
    const weight = negated ? role.learnedNegated : role.learned
    if (weight === 0) continue
    const key = negated ? `~${token.text}` : token.text
    if (alreadyCounted(cues, ruleCueCount, key)) continue
    learned += weight
    cues.push({ kind: 'learned', text: key, weight, sentence: -1 })
  }
  // With a gate, the learned words yield as the rules grow sure (their cues shrink alike, so the "why" still adds up).
  if (learnedWeights.gate > 0) {
    const yieldFactor = 1 / (1 + Math.abs(rule) / learnedWeights.gate)
    for (let index = ruleCueCount; index < cues.length; index++) cues[index]!.weight *= yieldFactor
    learned *= yieldFactor
  }
  return { logit: rule + learned, cues }
}
