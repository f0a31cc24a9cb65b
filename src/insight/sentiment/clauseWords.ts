/** Word tests shared by the steps that read a clause after the scoring strategy has marked it up. */
import type { SentimentToken } from './tokenizeForSentiment'

/** Punctuation and clause breakers ("and", "but", "which"…) bound a clause; emoji and emoticons do not. */
export function isClauseEdge(token: SentimentToken): boolean {
  return token.kind !== 'word'
    ? token.kind !== 'emoji' && token.kind !== 'emoticon'
    : token.role?.clauseBreaker === true
}

/** A known word's role says whether it negates (WordRole.negator); only an unknown word is read for "n't". */
export function isNegatorWord(token: SentimentToken): boolean {
  return token.role !== undefined ? token.role.negator : endsInNot(token.text)
}

/**
 * "didn't", "mustn't": a contraction of "not". The apostrophe is checked first because this is asked of nearly
 * every word and few have one.
 */
export function endsInNot(word: string): boolean {
  return word.charCodeAt(word.length - 2) === 39 && word.endsWith("n't")
}

/** A problem word with a lean of its own ("issue", "error"; not "work", which is one only when negated). */
export function isLeaningProblem(token: SentimentToken): boolean {
  return token.role?.problem === true && token.role.valence < 0
}
