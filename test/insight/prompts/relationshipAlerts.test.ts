import { describe, expect, it } from 'vitest'
import { defaultInsightSettings } from '../../../src/insight/insightSettings'
import { relationshipAlerts } from '../../../src/insight/prompts/relationshipAlerts'
import type { SentimentReading } from '../../../src/insight/relationshipInsight'
import { reading } from '../fixedTone'
import { history } from '../historyBuilder'
import { stateOf } from '../stateOf'

const withCues = (base: SentimentReading, cues: Array<[string, number]>): SentimentReading => ({
  ...base,
  cues: cues.map(([text, weight]) => ({ kind: 'word', text, weight }))
})

function alertsOf(current: SentimentReading, settings = defaultInsightSettings) {
  return relationshipAlerts(stateOf(history().current({}), { 1000: current }), settings)
}

describe('relationshipAlerts', () => {
  it('raises the frustrated alert at or below the threshold, quoting the negative words', () => {
    const current = withCues(reading(-0.6), [
      ['unacceptable', -3],
      ['thanks', 1],
      ['still waiting', -2]
    ])
    expect(alertsOf(current)).toEqual([
      {
        kind: 'frustrated',
        evidence: [
          { key: 'insight.evidence.toneNow.negative', params: { score: '-0.60' } },
          { key: 'insight.evidence.cue', params: { text: 'unacceptable' } },
          { key: 'insight.evidence.cue', params: { text: 'still waiting' } }
        ]
      }
    ])
  })

  it('raises the delighted alert at or above its threshold', () => {
    expect(alertsOf(withCues(reading(0.7), [['love', 3]]))[0]).toMatchObject({ kind: 'delighted' })
    expect(alertsOf(reading(0.5))[0]?.kind).toBe('delighted')
  })

  it('follows the thresholds in settings', () => {
    const strict = { ...defaultInsightSettings, frustratedAlertThreshold: -0.8, delightedAlertThreshold: 0.9 }
    expect(alertsOf(reading(-0.6), strict)).toEqual([])
    expect(alertsOf(reading(0.7), strict)).toEqual([])
  })

  it('needs words of feeling: politeness, problem words and learned weights are not enough', () => {
    const polite = {
      ...reading(0.8),
      cues: [
        { kind: 'politeness', text: 'thank you', weight: 2 },
        { kind: 'learned', text: 'created', weight: 0.5 }
      ]
    }
    expect(alertsOf(polite)).toEqual([])
    const problem = {
      ...reading(-0.6),
      cues: [
        { kind: 'problem', text: 'error', weight: -1 },
        { kind: 'learned', text: 'month', weight: -0.4 }
      ]
    }
    expect(alertsOf(problem)).toEqual([])
  })

  it('quotes the strongest words of feeling, leaving out the rest', () => {
    const current = {
      ...reading(-0.7),
      cues: [
        { kind: 'learned', text: 'month', weight: -2 },
        { kind: 'word', text: 'annoyed', weight: -1 },
        { kind: 'frustration', text: 'third time', weight: -1.5 }
      ]
    }
    expect(alertsOf(current)[0]?.evidence.slice(1)).toEqual([
      { key: 'insight.evidence.cue', params: { text: 'third time' } },
      { key: 'insight.evidence.cue', params: { text: 'annoyed' } }
    ])
  })

  it('stays quiet for a neutral reading, even a low-scoring one that only describes a problem', () => {
    expect(alertsOf(reading(-0.4, 'neutral'))).toEqual([])
    expect(alertsOf(reading(0, 'unknown'))).toEqual([])
  })
})
