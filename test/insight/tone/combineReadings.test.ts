import { describe, expect, it } from 'vitest'
import { combineReadings } from '../../../src/insight/tone/combineReadings'
import { reading } from '../fixedTone'

describe('combineReadings', () => {
  it('lets the latest message lead: calm start, angry end reads negative', () => {
    const combined = combineReadings([reading(0), reading(0.05), reading(-0.7)])
    expect(combined.label).toBe('negative')
    expect(combined.score).toBeLessThan(-0.3)
  })

  it('weighs each message twice the one before it', () => {
    const combined = combineReadings([reading(0.3), reading(-0.6)])
    expect(combined.score).toBeCloseTo((0.3 * 1 + -0.6 * 2) / 3, 10)
  })

  it('reads an angry thread closed by a mild thanks as neutral, not positive', () => {
    const combined = combineReadings([reading(-0.9), reading(-0.8), reading(0.2)])
    expect(combined.score).toBeLessThan(0)
    expect(combined.label).toBe('neutral')
  })

  it('leaves unknown messages out of the vote', () => {
    const combined = combineReadings([reading(-0.5), reading(0, 'unknown')])
    expect(combined.label).toBe('negative')
    expect(combined.score).toBeCloseTo(-0.5, 10)
  })

  it('is unknown when no message could be read, keeping the language it saw', () => {
    const combined = combineReadings([reading(0, 'unknown', 'es'), reading(0, 'unknown', null)])
    expect(combined).toEqual({ score: 0, label: 'unknown', confidence: 0, language: 'es', cues: [] })
  })

  it('puts the latest message’s cues first, without duplicates, at most eight', () => {
    const first = { ...reading(-0.4), cues: [{ kind: 'word', text: 'slow', weight: -1 }] }
    const second = {
      ...reading(-0.6),
      cues: Array.from({ length: 9 }, (_, index) => ({
        kind: 'word',
        text: index === 0 ? 'slow' : `w${index}`,
        weight: -1
      }))
    }
    const combined = combineReadings([first, second])
    expect(combined.cues).toHaveLength(8)
    expect(combined.cues[0]?.text).toBe('slow')
    expect(combined.cues.filter((cue) => cue.text === 'slow')).toHaveLength(1)
  })
})
