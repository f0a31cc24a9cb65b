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
    const state = stateOf(builder(), { 1000: reading(0.5), 1001: reading(0.2) })
    const scores = scoreDimensions(state, settings)
    const card = relationshipScorecard(scores, null, state, [])
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

  it('leaves a dimension without data out of the overall: the mean of the other four', () => {
    const state = stateOf(builder(), { 1001: reading(0, 'unknown', 'es') })
    const scores = scoreDimensions(state, settings)
    const alignment = scores.dimensions.find((dimension) => dimension.id === 'emotionalAlignment')
    expect(alignment).toMatchObject({ score: null, band: null })
    const others = scores.dimensions.filter((dimension) => dimension.score !== null)
    expect(others).toHaveLength(4)
    const card = relationshipScorecard(scores, null, state, [])
    expect(Math.abs(card.overall - others.reduce((sum, d) => sum + d.score!, 0) / 4)).toBeLessThanOrEqual(0.5)
  })

  it('takes its direction from the tone trend, the one direction every view shows', () => {
    const sliding = stateOf(builder(), { 1000: reading(0.8), 1001: reading(-0.6, 'negative') })
    const card = relationshipScorecard(scoreDimensions(sliding, settings), null, sliding, [])
    expect(sliding.trend.trend.direction).toBe('declining')
    expect(card.direction).toBe('declining')
  })

  it('keeps the health before the recent tickets as a number', () => {
    const before = scoreDimensions(stateOf(builder(), { 1001: reading(0.9) }), settings)
    const state = stateOf(builder(), { 1001: reading(-0.9) })
    expect(relationshipScorecard(scoreDimensions(state, settings), before, state, [])).toMatchObject({
      previousOverall: Math.round(before.rawOverall)
    })
  })

  it('holds a good overall at fair beside a risk pattern, and says why', () => {
    const state = stateOf(builder(), { 1000: reading(0.8), 1001: reading(0.8) })
    const scores = scoreDimensions(state, settings)
    expect(relationshipScorecard(scores, null, state, []).band).toBe('good')
    const held = relationshipScorecard(scores, null, state, [{ id: 'churnRisk', evidence: [] }])
    expect(held).toMatchObject({
      band: 'fair',
      bandReason: { key: 'insight.scorecard.heldByPattern.churnRisk', params: {} }
    })
  })
})
