import { describe, expect, it } from 'vitest'
import { readSentiment } from '../../../src/insight/sentiment/readSentiment'

describe('readSentiment', () => {
  it('reads a complaint as negative and praise as positive', () => {
    expect(readSentiment('This is terrible, the app is broken and I am angry.').label).toBe('negative')
    expect(readSentiment('Great support, you solved it fast. Love it!').label).toBe('positive')
  })

  it('abstains on empty text', () => {
    expect(readSentiment('')).toEqual({ score: 0, label: 'unknown', confidence: 0, language: null, cues: [] })
  })

  it('keeps score in [-1, 1] and confidence in [0, 1]', () => {
    const reading = readSentiment('awful awful awful awful awful awful awful awful awful awful')
    expect(reading.score).toBeGreaterThanOrEqual(-1)
    expect(reading.confidence).toBeLessThanOrEqual(1)
    expect(reading.cues.length).toBeGreaterThan(0)
  })
})
