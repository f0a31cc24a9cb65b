/**
 * A problem that goes on or comes back, said without a feeling word: "the export still fails", "it crashed
 * again", "I keep getting an error". A persistence word beside a problem word with a lean of its own, in the same
 * clause and a few words apart, is a frustration cue; either alone is not ("still" is mostly "still works",
 * "again" mostly "thanks again"). Runs after the scoring strategy, which marks phrases ("still not", "broken
 * again" are its own) and negation scopes ("no errors again" negates the problem).
 */
import { isClauseEdge, isLeaningProblem } from './clauseWords'
import persistence from './lexicon/persistence.json'
import type { SentimentToken } from './tokenizeForSentiment'
import type { WeighedCue } from './weighTokens'

const persistenceWords: ReadonlySet<string> = new Set(persistence.words)

/** The problem word a persistence word at `at` speaks of, looking both ways within its clause; -1 when none. */
function persistingProblemAt(tokens: SentimentToken[], at: number): number {
  let problem = -1
  for (const step of [1, -1]) {
    for (let index = at + step, seen = 0; index >= 0 && index < tokens.length; index += step) {
      const token = tokens[index]!
      if (isClauseEdge(token)) break
      if (token.kind !== 'word') continue
      // A clause that praises ("still love it despite the bug") is not one of frustration.
      if (token.negated !== true && (token.role?.valence ?? 0) > 0 && !token.role!.problem) return -1
      if (problem === -1 && token.negated !== true && isLeaningProblem(token)) problem = index
      if (++seen >= persistence.window) break
    }
  }
  return problem
}

export function persistenceCues(tokens: SentimentToken[]): WeighedCue[] {
  let cues: WeighedCue[] | null = null
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.kind !== 'word' || token.inPhrase === true || !persistenceWords.has(token.text)) continue
    const problem = persistingProblemAt(tokens, index)
    if (problem === -1) continue
    const [first, last] = problem < index ? [tokens[problem]!, token] : [token, tokens[problem]!]
    cues ??= []
    cues.push({ kind: 'frustration', text: `${first.text} … ${last.text}`, weight: persistence.weight, sentence: -1 })
  }
  return cues ?? []
}
