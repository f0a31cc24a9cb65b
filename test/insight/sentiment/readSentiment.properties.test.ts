import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readSentiment } from '../../../src/insight/sentiment/readSentiment'

const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc
    .array(
      fc.constantFrom(
        'not',
        'very',
        'good',
        'bad',
        'but',
        '!!!',
        '???',
        'STILL',
        'WAITING',
        ':)',
        ':(',
        '😡',
        '❤️',
        'thanks',
        'in advance',
        'third time',
        'for 3 weeks',
        ',',
        '.',
        "don't",
        'don’t',
        'no',
        'problem',
        'refund',
        'hardly',
        ' '
      ),
      { maxLength: 60 }
    )
    .map((words) => words.join(' '))
)

describe('readSentiment invariants', () => {
  it('never throws, keeps score in [-1, 1] and confidence in [0, 1], and abstains with score 0', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const reading = readSentiment(text)
        expect(reading.score).toBeGreaterThanOrEqual(-1)
        expect(reading.score).toBeLessThanOrEqual(1)
        expect(reading.confidence).toBeGreaterThanOrEqual(0)
        expect(reading.confidence).toBeLessThanOrEqual(1)
        expect(Number.isFinite(reading.score)).toBe(true)
        if (reading.label === 'unknown') expect(reading.score).toBe(0)
        for (const cue of reading.cues) expect(Number.isFinite(cue.weight)).toBe(true)
      }),
      { numRuns: 1000 }
    )
  })

  it('gives the same reading for the same text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(readSentiment(text)).toEqual(readSentiment(text))
      })
    )
  })

  it('copes with huge texts', () => {
    for (const huge of ['terrible '.repeat(50_000), '!'.repeat(100_000), '😡'.repeat(30_000), 'not '.repeat(50_000)]) {
      const reading = readSentiment(huge)
      expect(Math.abs(reading.score)).toBeLessThanOrEqual(1)
    }
  })
})
