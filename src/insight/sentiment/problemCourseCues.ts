/**
 * How a problem is going, said without a feeling word. A persisting word beside a problem word ("the export still
 * fails", "it crashed again", "crashes every time", "the issue persists") is a frustration cue; a resolution word
 * beside one ("the problem is resolved", "the error is gone") is relief that outweighs the problem word's own lean.
 * Either word alone is not a cue ("still" is mostly "still works", "again" mostly "thanks again"), unless a
 * persisting word is a sentence of its own after the first ("Nobody called. Again."). Runs after the
 * scoring strategy, which marks phrases ("still not", "problem solved" are its own) and negation scopes ("no errors
 * again", "not fixed" are not cues).
 */
import { isClauseEdge, isLeaningProblem } from './clauseWords'
import problemCourse from './lexicon/problemCourse.json'
import { ruleLeads } from './lexicon/sentimentLexicon'
import { isSentenceEnd } from './markerPhrases'
import type { SentimentToken } from './tokenizeForSentiment'
import type { CueKind, WeighedCue } from './weighTokens'

interface Course {
  kind: CueKind
  weight: number
  /** Marker words, each split into its words ("every time"). */
  markers: string[][]
  /** A clause that praises is not one of frustration; a question is not a resolution. */
  praiseBlocks: boolean
  questionBlocks: boolean
}

const courses: Course[] = [
  {
    kind: 'frustration',
    weight: problemCourse.persisting.weight,
    markers: problemCourse.persisting.words.map((marker) => marker.split(' ')),
    praiseBlocks: true,
    questionBlocks: false
  },
  {
    kind: 'phrase',
    weight: problemCourse.resolved.weight,
    markers: problemCourse.resolved.words.map((marker) => marker.split(' ')),
    praiseBlocks: false,
    questionBlocks: true
  }
]

/** Length of the marker of `course` that starts at `index`, or 0. */
function markerAt(tokens: SentimentToken[], index: number, course: Course): number {
  for (const words of course.markers) {
    let matched = 0
    while (matched < words.length && tokens[index + matched]?.kind === 'word') {
      const token = tokens[index + matched]!
      if (token.text !== words[matched] || token.inPhrase === true || token.negated === true) break
      matched++
    }
    if (matched === words.length) return matched
  }
  return 0
}

/** Whether the sentence holding the token at `index` ends in a question mark. */
function inQuestion(tokens: SentimentToken[], index: number): boolean {
  for (let next = index + 1; next < tokens.length; next++) {
    const kind = tokens[next]!.kind
    if (kind === 'question') return true
    if (kind === 'stop' || kind === 'exclaim') return false
  }
  return false
}

/** A marker that is a sentence of its own ("Nobody called. Again.") speaks of what was just said. */
function standsAlone(tokens: SentimentToken[], from: number, to: number): boolean {
  return from > 0 && isSentenceEnd(tokens[from - 1]) && isSentenceEnd(tokens[to + 1])
}

/** The problem word a marker spanning `from`–`to` speaks of, looking both ways within its clause; -1 when none. */
function problemBeside(tokens: SentimentToken[], from: number, to: number, course: Course): number {
  let problem = -1
  for (const [start, step] of [
    [to + 1, 1],
    [from - 1, -1]
  ] as const) {
    for (let index = start, seen = 0; index >= 0 && index < tokens.length; index += step) {
      const token = tokens[index]!
      if (isClauseEdge(token)) break
      if (token.kind !== 'word') continue
      const valence = token.role?.valence ?? 0
      if (course.praiseBlocks && token.negated !== true && valence > 0 && !token.role!.problem) return -1
      if (problem === -1 && token.negated !== true && isLeaningProblem(token)) problem = index
      if (++seen >= problemCourse.window) break
    }
  }
  return problem
}

export function problemCourseCues(tokens: SentimentToken[]): WeighedCue[] {
  let cues: WeighedCue[] | null = null
  for (let index = 0; index < tokens.length; index++) {
    // Marker words are flagged on their lexicon role by the tokenizer, so most words cost one property read.
    const role = tokens[index]!.role
    if (role === undefined || (role.leads & ruleLeads.problemCourse) === 0) continue
    for (const course of courses) {
      const length = markerAt(tokens, index, course)
      if (length === 0) continue
      const last = index + length - 1
      if (course.questionBlocks && inQuestion(tokens, last)) continue
      const marker = tokens
        .slice(index, last + 1)
        .map((token) => token.text)
        .join(' ')
      if (course.kind === 'frustration' && standsAlone(tokens, index, last)) {
        cues ??= []
        cues.push({ kind: course.kind, text: marker, weight: course.weight, sentence: -1 })
        index = last
        break
      }
      const problem = problemBeside(tokens, index, last, course)
      if (problem === -1) continue
      const text = problem < index ? `${tokens[problem]!.text} … ${marker}` : `${marker} … ${tokens[problem]!.text}`
      // Relief takes the place of the problem word's own lean ("the problem is resolved" is not a complaint).
      const weight = course.weight - (course.weight > 0 ? (tokens[problem]!.role?.valence ?? 0) : 0)
      cues ??= []
      cues.push({ kind: course.kind, text, weight, sentence: -1 })
      index = last
      break
    }
  }
  return cues ?? []
}
