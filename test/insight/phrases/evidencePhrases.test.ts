import { describe, expect, it } from 'vitest'
import {
  clip,
  cueEvidence,
  tenureEvidence,
  toneNowEvidence,
  toneTrendEvidence
} from '../../../src/insight/phrases/evidencePhrases'
import { formatScore } from '../../../src/insight/phrases/insightPhrases'
import { reading } from '../fixedTone'

describe('evidence phrases', () => {
  it('states tenure in days, months or years, as the sidebar header does', () => {
    expect(tenureEvidence(12)).toEqual({ key: 'insight.evidence.tenureDays', params: { count: 12 } })
    expect(tenureEvidence(200)).toEqual({ key: 'insight.evidence.tenureMonths', params: { count: 6 } })
    expect(tenureEvidence(1460)).toEqual({ key: 'insight.evidence.tenureYears', params: { count: 4 } })
  })

  it('shows scores with two decimals', () => {
    expect(formatScore(-0.456)).toBe('-0.46')
    expect(formatScore(1)).toBe('1.00')
  })

  it('names the tone now, or why it is unknown', () => {
    expect(toneNowEvidence(reading(0.42))).toEqual({
      key: 'insight.evidence.toneNow.positive',
      params: { score: '0.42' }
    })
    expect(toneNowEvidence(reading(0, 'unknown', 'de'))).toEqual({
      key: 'insight.evidence.toneNow.unknownLanguage',
      params: { language: 'DE' }
    })
    expect(toneNowEvidence(reading(0, 'unknown', null))).toEqual({
      key: 'insight.evidence.toneNow.unknown',
      params: {}
    })
    expect(toneNowEvidence(reading(0, 'unknown', 'en'))).toEqual({
      key: 'insight.evidence.toneNow.unknown',
      params: {}
    })
  })

  it('describes a trend only when there is one', () => {
    const noCounts = { recentCount: 0, baselineCount: 0 }
    expect(
      toneTrendEvidence({ ...noCounts, direction: 'unknown', recent: 0.2, baseline: null, slope: null, points: [] })
    ).toBeNull()
    expect(
      toneTrendEvidence({ ...noCounts, direction: 'declining', recent: -0.5, baseline: 0.25, slope: -0.3, points: [] })
    ).toEqual({
      key: 'insight.evidence.toneTrend.declining',
      params: { recent: '-0.50', baseline: '0.25' }
    })
  })

  it('quotes at most three cues in the wanted direction', () => {
    const current = {
      ...reading(-0.8),
      cues: ['a', 'b', 'c', 'd']
        .map((text) => ({ kind: 'word', text, weight: -1 }))
        .concat([{ kind: 'word', text: 'nice', weight: 2 }])
    }
    expect(cueEvidence(current, 'negative').map((line) => line.params.text)).toEqual(['a', 'b', 'c'])
    expect(cueEvidence(current, 'positive').map((line) => line.params.text)).toEqual(['nice'])
  })

  it('clips long text on a character boundary, emoji included', () => {
    expect(clip('  spaced   out  ', 80)).toBe('spaced out')
    const clipped = clip('😀'.repeat(100), 10)
    expect(Array.from(clipped)).toHaveLength(10)
    expect(clipped.endsWith('…')).toBe(true)
  })
})
