import { describe, expect, it } from 'vitest'
import { defaultInsightSettings } from '../../../src/insight/insightSettings'
import { connectionDepth } from '../../../src/insight/scorecard/connectionDepth'
import { emotionalAlignment } from '../../../src/insight/scorecard/emotionalAlignment'
import { loyaltyIndicators } from '../../../src/insight/scorecard/loyaltyIndicators'
import { proactiveValue } from '../../../src/insight/scorecard/proactiveValue'
import { toScore } from '../../../src/insight/scorecard/scoreScale'
import { trustLevel } from '../../../src/insight/scorecard/trustLevel'
import { reading } from '../fixedTone'
import { history } from '../historyBuilder'
import { stateOf } from '../stateOf'

const settings = defaultInsightSettings
const keys = (evidence: Array<{ key: string }>) => evidence.map((line) => line.key)

/** A long, conversational relationship: 3 years, 16 tickets across many quarters, 3 messages each. */
function longRelationship() {
  const builder = history().requester({ createdDaysAgo: 1100 })
  for (let index = 0; index < 15; index++) {
    builder.ticket({
      daysAgo: 1080 - index * 70,
      subject: `Topic ${index} question`,
      tags: [`topic${index}`],
      satisfaction: 'good',
      said: ['a', 'b', 'c']
    })
  }
  return builder.current({ subject: 'Another thing', said: ['a', 'b', 'c'] })
}

describe('Connection Depth', () => {
  it('is low on a first contact and high for a long, conversational relationship', () => {
    const first = connectionDepth(stateOf(history().requester({ createdDaysAgo: 1 }).current({})))
    expect(toScore(first.raw)).toBe(1)
    expect(keys(first.evidence)).toContain('insight.evidence.firstContact')
    const long = connectionDepth(stateOf(longRelationship()))
    expect(toScore(long.raw)).toBe(10)
    expect(keys(long.evidence)).toEqual([
      'insight.evidence.tenureYears',
      'insight.facts.ticketsInWindow',
      'insight.evidence.dialogueDepth'
    ])
  })

  it('grows with tenure, other things equal', () => {
    const young = connectionDepth(
      stateOf(history().requester({ createdDaysAgo: 60 }).ticket({ daysAgo: 30 }).current({}))
    )
    const older = connectionDepth(
      stateOf(history().requester({ createdDaysAgo: 600 }).ticket({ daysAgo: 30 }).current({}))
    )
    expect(older.raw).toBeGreaterThan(young.raw)
  })
})

describe('Trust Level', () => {
  it('has not enough data with no ratings and no earlier ticket: no outcome to judge yet', () => {
    const trust = trustLevel(stateOf(history().current({})), settings)
    expect(trust.raw).toBeNull()
    expect(keys(trust.evidence)).toEqual(['insight.evidence.noOutcomesYet'])
  })

  it('sits in the middle with no ratings but earlier tickets', () => {
    const trust = trustLevel(stateOf(history().ticket({ daysAgo: 40 }).current({})), settings)
    expect(toScore(trust.raw!)).toBe(6)
    expect(keys(trust.evidence)).toEqual([
      'insight.evidence.noCsat',
      'insight.evidence.noReopens',
      'insight.evidence.noRepeatContacts'
    ])
  })

  it('rises with good ratings and falls with bad ratings, reopens and repeat contacts', () => {
    const good = trustLevel(stateOf(longRelationship()), settings)
    expect(toScore(good.raw!)).toBeGreaterThanOrEqual(9)
    const poor = trustLevel(
      stateOf(
        history()
          .ticket({ daysAgo: 12, tags: ['sync'], satisfaction: 'bad', reopens: 2 })
          .ticket({ daysAgo: 6, tags: ['sync'], satisfaction: 'bad', reopens: 1 })
          .current({ tags: ['sync'] })
      ),
      settings
    )
    expect(toScore(poor.raw!)).toBeLessThanOrEqual(2)
    expect(keys(poor.evidence)).toEqual([
      'insight.evidence.csatBad',
      'insight.evidence.reopens',
      'insight.evidence.repeatContacts'
    ])
  })
})

describe('Emotional Alignment', () => {
  it('follows the tone now, tempered by recent tickets', () => {
    const builder = () => history().ticket({ daysAgo: 30 }).current({})
    const angry = emotionalAlignment(stateOf(builder(), { 1000: reading(-0.9), 1001: reading(-0.9) }))
    const happy = emotionalAlignment(stateOf(builder(), { 1000: reading(0.8), 1001: reading(0.8) }))
    const mixed = emotionalAlignment(stateOf(builder(), { 1000: reading(0.8), 1001: reading(-0.4) }))
    expect(toScore(angry.raw!)).toBe(1)
    expect(toScore(happy.raw!)).toBeGreaterThanOrEqual(9)
    expect(mixed.raw!).toBeGreaterThan(angry.raw!)
    expect(mixed.raw!).toBeLessThan(happy.raw!)
  })

  it('has not enough data, saying why, when the tone cannot be read', () => {
    const unknown = emotionalAlignment(stateOf(history().current({}), { 1000: reading(0, 'unknown', 'es') }))
    expect(unknown.raw).toBeNull()
    expect(unknown.evidence).toEqual([{ key: 'insight.evidence.toneNow.unknownLanguage', params: { language: 'ES' } }])
  })
})

describe('Proactive Value', () => {
  it('is high for occasional contacts on different topics', () => {
    expect(toScore(proactiveValue(stateOf(longRelationship()), settings).raw)).toBe(9)
  })

  it('falls with repeat contacts, a burst this month and reopens', () => {
    const chasing = proactiveValue(
      stateOf(
        history()
          .ticket({ daysAgo: 20, tags: ['sync'] })
          .ticket({ daysAgo: 12, tags: ['sync'], reopens: 1 })
          .ticket({ daysAgo: 6, tags: ['sync'] })
          .current({ tags: ['sync'] })
      ),
      settings
    )
    // 9 − 4 (3 repeats in 4 tickets) − 2 (4 contacts this month) − 1 (1 of 4 tickets reopened)
    expect(chasing.raw).toBeCloseTo(2, 10)
    expect(keys(chasing.evidence)).toEqual([
      'insight.evidence.repeatContacts',
      'insight.evidence.contactsLast30Days',
      'insight.evidence.reopens'
    ])
  })
})

describe('Loyalty Indicators', () => {
  it('is high for a long tenure with contacts spread over time and good ratings', () => {
    const loyal = loyaltyIndicators(stateOf(longRelationship()), settings)
    expect(toScore(loyal.raw)).toBe(10)
    expect(keys(loyal.evidence)).toEqual([
      'insight.evidence.tenureYears',
      'insight.evidence.activeQuarters',
      'insight.evidence.csatGood'
    ])
  })

  it('measures tenure against the long-tenure setting', () => {
    const builder = () => history().requester({ createdDaysAgo: 200 }).current({})
    const strict = loyaltyIndicators(stateOf(builder()), { ...settings, longTenureMonths: 24 })
    const lenient = loyaltyIndicators(stateOf(builder()), { ...settings, longTenureMonths: 6 })
    expect(lenient.raw - strict.raw).toBeGreaterThan(1.5)
  })

  it('drops when they mention leaving', () => {
    const builder = () => longRelationship()
    const staying = loyaltyIndicators(stateOf(builder()), settings)
    const leaving = loyaltyIndicators(
      stateOf(builder(), {}, settings, { 1015: ['I want to cancel my subscription.'] }),
      settings
    )
    expect(staying.raw - leaving.raw).toBeCloseTo(2, 10)
    expect(keys(leaving.evidence)).toContain('insight.evidence.churnIntent')
  })
})
