import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyzeRelationship } from '../../src/insight/analyzeRelationship'
import { defaultInsightSettings } from '../../src/insight/insightSettings'
import type { RelationshipInsight } from '../../src/insight/relationshipInsight'
import { arbitraryHistory, arbitrarySettings } from './arbitraryHistory'
import { now } from './historyBuilder'

const runs = { numRuns: 150, seed: 20250602 }
const isCount = (value: number) => Number.isInteger(value) && value >= 0

function expectWellFormed(insight: RelationshipInsight) {
  for (const { score } of insight.scorecard.dimensions) {
    expect(score === null || (Number.isInteger(score) && score >= 1 && score <= 10)).toBe(true)
  }
  expect(insight.scorecard.dimensions).toHaveLength(5)
  expect(
    Number.isInteger(insight.scorecard.overall) && insight.scorecard.overall >= 1 && insight.scorecard.overall <= 10
  ).toBe(true)
  expect(insight.prompts.length).toBeLessThanOrEqual(3)
  expect(new Set(insight.prompts.map((prompt) => prompt.id)).size).toBe(insight.prompts.length)
  expect(Math.abs(insight.currentSentiment.score)).toBeLessThanOrEqual(1)
  expect(insight.trend.points.length).toBeLessThanOrEqual(24)
  for (const point of insight.trend.points) expect(Math.abs(point.score)).toBeLessThanOrEqual(1)
  const { signals } = insight
  for (const count of [
    signals.tenureDays,
    signals.ticketCount,
    signals.repeatContacts,
    signals.reopens,
    signals.csatGood,
    signals.csatBad
  ]) {
    expect(isCount(count)).toBe(true)
  }
  expect(signals.contactsLast7Days).toBeLessThanOrEqual(signals.contactsLast30Days)
  expect(signals.contactsLast30Days).toBeLessThanOrEqual(signals.contactsLast90Days)
  expect(signals.contactsLast90Days).toBeLessThanOrEqual(signals.ticketCount)
  expect(signals.currentTopicContacts).toBeGreaterThanOrEqual(1)
  expect(insight.alerts.length).toBeLessThanOrEqual(1)
}

describe('analyzeRelationship on arbitrary histories', () => {
  it('never throws and always returns a well-formed insight', () => {
    fc.assert(
      fc.property(arbitraryHistory, arbitrarySettings, (history, settings) => {
        expectWellFormed(analyzeRelationship(history, settings, now))
      }),
      runs
    )
  })

  it('is deterministic and leaves its input untouched', () => {
    fc.assert(
      fc.property(arbitraryHistory, (history) => {
        const before = structuredClone(history)
        const first = analyzeRelationship(history, defaultInsightSettings, now)
        expect(history).toEqual(before)
        expect(analyzeRelationship(structuredClone(history), defaultInsightSettings, new Date(now.getTime()))).toEqual(
          first
        )
      }),
      runs
    )
  })

  it('survives an invalid clock, still deterministically', () => {
    fc.assert(
      fc.property(arbitraryHistory, (history) => {
        const insight = analyzeRelationship(history, defaultInsightSettings, new Date(Number.NaN))
        expectWellFormed(insight)
        expect(analyzeRelationship(history, defaultInsightSettings, new Date('invalid'))).toEqual(insight)
      }),
      { numRuns: 30, seed: 7 }
    )
  })
})
