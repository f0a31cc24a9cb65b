import { describe, expect, it } from 'vitest'
import { defaultInsightSettings } from '../../../src/insight/insightSettings'
import { relationshipScorecard, scoreDimensions } from '../../../src/insight/scorecard/relationshipScorecard'
import { reading } from '../fixedTone'
import { history } from '../historyBuilder'
import { stateOf } from '../stateOf'

const settings = defaultInsightSettings
const builder = () =>
  history().requester({ createdDaysAgo: 700 }).ticket({ daysAgo: 300, satisfaction: 'good' }).current({})

describe('relationshipScorecard', () => {
  it('scores the five dimensions in order as integers 1–10, each with a definition and evidence', () => {
    const scores = scoreDimensions(stateOf(builder(), { 1000: reading(0.5), 1001: reading(0.2) }), settings)
    const card = relationshipScorecard(scores, null)
    expect(card.dimensions.map((dimension) => dimension.id)).toEqual([
      'connectionDepth',
      'trustLevel',
      'emotionalAlignment',
      'proactiveValue',
      'loyaltyIndicators'
    ])
    for (const dimension of card.dimensions) {
      expect(Number.isInteger(dimension.score)).toBe(true)
      expect(dimension.score).toBeGreaterThanOrEqual(1)
      expect(dimension.score).toBeLessThanOrEqual(10)
      expect(dimension.definition).toEqual({ key: `insight.scorecard.${dimension.id}.definition`, params: {} })
      expect(dimension.evidence.length).toBeGreaterThan(0)
    }
    expect(card.overall).toBe(Math.round(scores.rawOverall))
  })

  it('has no direction without an earlier reference', () => {
    const scores = scoreDimensions(stateOf(builder()), settings)
    expect(relationshipScorecard(scores, null)).toMatchObject({ direction: 'unknown', previousOverall: null })
  })

  it('declines, improves or holds against the earlier health', () => {
    const better = scoreDimensions(stateOf(builder(), { 1001: reading(0.9) }), settings)
    const worse = scoreDimensions(stateOf(builder(), { 1001: reading(-0.9) }), settings)
    expect(relationshipScorecard(worse, better)).toMatchObject({
      direction: 'declining',
      previousOverall: Math.round(better.rawOverall)
    })
    expect(relationshipScorecard(better, worse).direction).toBe('improving')
    expect(relationshipScorecard(better, better).direction).toBe('steady')
  })
})
