/**
 * The scoring strategy: walks the tokens once and weighs every tone-bearing word, emoji, emoticon and phrase in
 * its context — negation to the end of the clause, boosters and downtoners, capitals, and the clause before
 * "but" weighing less than the one after. Returns one cue per contribution, so the reading can say why.
 */
import type { SentimentCue } from '../relationshipInsight'
import {
  clauseBreakers,
  contrastWords,
  intensity,
  negators,
  notNegating,
  problemWords,
  symbolValence,
  wordValence
} from './lexicon/sentimentLexicon'
import { thresholds } from './lexicon/thresholds'
import { matchPhrases } from './matchPhrases'
import type { SentimentToken } from './tokenizeForSentiment'

export type CueKind = 'word' | 'negated' | 'problem' | 'symbol' | 'phrase' | 'frustration' | 'politeness' | 'learned'

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
  /** Per token: inside a negation scope, for the learned layer. */
  negated: boolean[]
  /** Per token: part of a lexicon phrase (its words are read as the phrase, not one by one). */
  inPhrase: boolean[]
}

function isBoundary(token: SentimentToken): boolean {
  return token.kind === 'stop' || token.kind === 'exclaim' || token.kind === 'question' || token.kind === 'comma'
}

export function weighTokens(tokens: SentimentToken[]): WeighedTokens {
  const phrases = matchPhrases(tokens)
  const cues: WeighedCue[] = []
  const negated: boolean[] = new Array<boolean>(tokens.length).fill(false)
  const inPhrase: boolean[] = new Array<boolean>(tokens.length).fill(false)
  let wordCount = 0
  let capsWords = 0
  for (const token of tokens) {
    if (token.kind !== 'word') continue
    wordCount++
    if (token.caps) capsWords++
  }
  const allCaps = wordCount > 0 && capsWords === wordCount
  let sentence = 0
  let sentenceStart = 0
  let negationLeft = 0
  let negator = ''
  let boost = 1
  let afterContrast = 1

  const weigh = (base: number, token: SentimentToken | undefined, text: string, kind: CueKind) => {
    let weight = base * boost * afterContrast
    if (token?.caps && !allCaps) weight *= thresholds.capsFactor
    if (negationLeft > 0 && kind !== 'frustration') {
      weight *= thresholds.negationFactor
      cues.push({ kind: 'negated', text: `${negator} … ${text}`, weight, sentence })
    } else cues.push({ kind, text, weight, sentence })
    boost = 1
  }

  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (isBoundary(token)) {
      negationLeft = 0
      boost = 1
      if (token.kind !== 'comma') {
        sentence++
        sentenceStart = cues.length
        afterContrast = 1
      }
      continue
    }
    const phrase = phrases.get(index)
    if (phrase) {
      const text = phrase.phrase.words.join(' ')
      const kind = phrase.phrase.kind === 'valence' ? 'phrase' : phrase.phrase.kind
      weigh(phrase.phrase.weight, token, text, kind)
      for (let inside = phrase.start; inside < phrase.end; inside++) {
        negated[inside] = negationLeft > 0
        inPhrase[inside] = true
      }
      index = phrase.end - 1
      if (negationLeft > 0) negationLeft--
      // "still not", "still can't": a phrase that ends in a negator negates what follows it.
      const lastWord = phrase.phrase.words[phrase.phrase.words.length - 1]!
      if (negators.has(lastWord) || lastWord.endsWith("n't")) {
        negationLeft = thresholds.negationScopeTokens
        negator = lastWord
      }
      continue
    }
    if (token.kind !== 'word') {
      const valence = symbolValence.get(token.text)
      if (valence !== undefined) cues.push({ kind: 'symbol', text: token.text, weight: valence, sentence })
      continue
    }
    negated[index] = negationLeft > 0
    const word = token.text
    if (clauseBreakers.has(word)) {
      negationLeft = 0
      if (contrastWords.has(word)) {
        for (let earlier = sentenceStart; earlier < cues.length; earlier++) {
          cues[earlier]!.weight *= thresholds.beforeContrastFactor
        }
        afterContrast = thresholds.afterContrastFactor
      }
      continue
    }
    const next = tokens[index + 1]
    if (negators.has(word) || word.endsWith("n't")) {
      if (next && next.kind === 'word' && !notNegating.has(next.text)) {
        negationLeft = thresholds.negationScopeTokens
        negator = word
        continue
      }
    }
    const multiplier = intensity.get(word)
    if (multiplier !== undefined && next?.kind === 'word') {
      boost *= multiplier
      continue
    }
    const valence = wordValence.get(word)
    if (valence !== undefined && valence !== 0) {
      weigh(valence, token, word, problemWords.has(word) ? 'problem' : 'word')
    } else boost = 1
    if (negationLeft > 0) negationLeft--
  }
  return { cues, wordCount, allCaps, negated, inPhrase }
}
