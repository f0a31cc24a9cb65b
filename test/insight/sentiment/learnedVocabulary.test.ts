import { describe, expect, it } from 'vitest'
import { carriesFeeling } from '../../../src/insight/sentiment/learnedFeatures'
import { learnedWordWeights } from '../../../src/insight/sentiment/lexicon/sentimentLexicon'
import { readSentiment } from '../../../src/insight/sentiment/readSentiment'
import { mayCarryFeeling } from '../../eval/opinionWords'

const learnedCues = (text: string) =>
  readSentiment(text)
    .cues.filter((cue) => cue.kind === 'learned')
    .map((cue) => cue.text)

/** The learned layer weighs only words that can carry feeling toward a company (lexicon/feelingWords.json). */
describe('the learned vocabulary', () => {
  it('gives topic, genre and absence words no weight', () => {
    for (const word of ['portrait', 'birthday', 'neither', 'generic', 'camera', 'plot', 'invoice', 'layout']) {
      expect(carriesFeeling(word), word).toBe(false)
      expect(learnedWordWeights.has(word), word).toBe(false)
    }
  })

  it("admits the opinion lexicon's judging words, not its topic senses", () => {
    for (const word of ['sluggish', 'overpriced', 'flawless']) expect(mayCarryFeeling(word), word).toBe(true)
    for (const word of ['plot', 'mystery', 'portrait', 'camera']) expect(mayCarryFeeling(word), word).toBe(false)
  })

  it('keeps rated words, their regular forms and listed evaluative words', () => {
    for (const word of ['disappointed', 'sucked', 'nicely', 'mediocre', 'slowly', 'unhelpful', 'too']) {
      expect(carriesFeeling(word), word).toBe(true)
    }
  })

  it("stores weights only for words that carry feeling (Rapport's lexicons or the opinion lexicon)", () => {
    const strays = [...learnedWordWeights.keys()].filter((key) => !mayCarryFeeling(key.replace(/^~/, '')))
    expect(strays).toEqual([])
  })

  it('reads a feature request neutral, with no learned cue', () => {
    const reading = readSentiment('Please add a portrait layout for the report.')
    expect(reading.label).toBe('neutral')
    expect(learnedCues('Please add a portrait layout for the report.')).toEqual([])
  })

  it('does not read a missing-details report positive, nor from learned words', () => {
    const text = 'The invoice was generic and had neither my VAT number nor address.'
    expect(readSentiment(text).label).not.toBe('positive')
    expect(learnedCues(text)).toEqual([])
    expect(learnedCues('Happy birthday! The portrait mode is generic.')).not.toContain('birthday')
  })
})
