import { describe, expect, it } from 'vitest'
import { carriesFeeling } from '../../../src/insight/sentiment/learnedFeatures'
import toneDecision from '../../../src/insight/sentiment/lexicon/toneDecision.json'
import { readSentiment, toneEvidence, unquotedCueKinds } from '../../../src/insight/sentiment/readSentiment'
import { everyPair, fittedPairs, storyPairsOf, type PairVocabulary } from '../../../src/insight/sentiment/storyPairs'
import { weighTokens } from '../../../src/insight/sentiment/weighTokens'
import { tokenizeForSentiment } from '../../../src/insight/sentiment/tokenizeForSentiment'

const pairsOf = (text: string, vocabulary: PairVocabulary = everyPair) => {
  const tokens = tokenizeForSentiment(text)
  weighTokens(tokens)
  return storyPairsOf(tokens, vocabulary)
}

describe('story pairs', () => {
  it('are adjacent words, each once, in order; punctuation and numbers end a pair', () => {
    expect(pairsOf('I was told, I was told')).toEqual(['i was', 'was told'])
    expect(pairsOf('Paid 240 for it. Nothing came')).toEqual(['for it', 'nothing came'])
    const toldMe: PairVocabulary = {
      after: (token) => (token.text === 'told' ? new Map([['me', 'told me']]) : undefined)
    }
    expect(pairsOf('he told me again, told me', toldMe)).toEqual(['told me'])
    // The fitted pairs sit on the words' roles.
    const fitted = Object.keys(toneDecision.pairs)[0]!
    expect(pairsOf(`so ${fitted} then`, fittedPairs)).toEqual([fitted])
    expect(pairsOf('')).toEqual([])
  })

  it("are collected by the scoring strategy's first pass exactly as the training script reads them", () => {
    for (const text of [
      'I asked for a callback three times and was told each time someone would ring me back.',
      'I was told the refund was sent. I asked again last week, and was told the same thing!',
      'Could you tell me how do I change the plan? Thanks',
      'Paid 240 for the 3rd visit; nobody came.'
    ]) {
      const tokens = tokenizeForSentiment(text)
      const collected = weighTokens(tokens).storyPairs
      expect(collected, text).toEqual(storyPairsOf(tokens, fittedPairs))
      expect(collected.length, text).toBeGreaterThan(0)
    }
  })

  it('are fitted only for words that carry no feeling, and never for a number', () => {
    const pairs = Object.keys(toneDecision.pairs)
    expect(pairs.length).toBeGreaterThan(100)
    for (const pair of pairs) {
      const words = pair.split(' ')
      expect(words, pair).toHaveLength(2)
      expect(words.some(carriesFeeling), pair).toBe(false)
      expect(/\d/.test(pair), pair).toBe(false)
    }
  })

  it('let a complaint told as facts read negative, and its calm counterpart neutral', () => {
    for (const complaint of [
      'I asked for a callback three times and was told each time someone would ring me back.',
      'I was told the refund was sent. I asked again last week and was told the same thing.'
    ]) {
      const reading = readSentiment(complaint)
      expect(reading.label, complaint).toBe('negative')
      expect(
        reading.cues.some((cue) => cue.kind === 'story' && cue.weight < 0),
        complaint
      ).toBe(true)
    }
    expect(readSentiment('Could you check whether my refund was sent? I asked last week.').label).toBe('neutral')
    expect(readSentiment('Can you tell me if the parcel was left with a neighbour?').label).toBe('neutral')
  })

  it('explain the label, never the score, and are not quoted to an agent as a feeling', () => {
    const text = 'I asked for a callback three times and was told each time someone would ring me back.'
    const evidence = toneEvidence(text)
    expect('score' in evidence && !('label' in evidence)).toBe(true)
    if ('label' in evidence) return
    expect(readSentiment(text).score).toBe(evidence.score)
    expect(evidence.cues.some((cue) => cue.kind === 'story')).toBe(false)
    expect(unquotedCueKinds.has('story')).toBe(true)
  })

  it('leave the two sentences of the allow-list neutral', () => {
    expect(readSentiment('Please add a portrait layout for the report.').label).toBe('neutral')
    expect(readSentiment('The invoice was generic and had neither my VAT number nor address.').label).toBe('neutral')
  })
})
