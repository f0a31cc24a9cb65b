import { describe, expect, it } from 'vitest'
import { defaultInsightSettings, type InsightSettings } from '../../../src/insight/insightSettings'
import { relationshipPatterns } from '../../../src/insight/patterns/relationshipPatterns'
import { personalizationTier } from '../../../src/insight/personalization/personalizationTier'
import type { PatternId, SentimentReading } from '../../../src/insight/relationshipInsight'
import { reading } from '../fixedTone'
import { history, type HistoryBuilder } from '../historyBuilder'
import { stateOf } from '../stateOf'

function patternsOf(
  builder: HistoryBuilder,
  readings: Record<number, SentimentReading> = {},
  options: { loyaltyScore?: number; settings?: InsightSettings; words?: Record<number, string[]> } = {}
) {
  const settings = options.settings ?? defaultInsightSettings
  const state = stateOf(builder, readings, settings, options.words)
  const { requester, organization } = state.timeline
  const tier = personalizationTier(requester, organization, state.totals, settings)
  return relationshipPatterns({ state, loyaltyScore: options.loyaltyScore ?? 5, tier, settings })
}
const ids = (matches: Array<{ id: PatternId }>) => matches.map((match) => match.id)

/** Ten tickets over three years, then the current one; ids 1000–1010. */
function loyalCustomer() {
  const builder = history().requester({ createdDaysAgo: 1100 })
  for (let index = 0; index < 10; index++)
    builder.ticket({ daysAgo: 1050 - index * 100, tags: [`t${index}`], satisfaction: 'good' })
  return builder.current({})
}
const steadyPositive = Object.fromEntries(Array.from({ length: 10 }, (_, index) => [1000 + index, reading(0.5)]))

describe('frustrated loyalist', () => {
  it('matches a long-standing customer whose current ticket turns negative', () => {
    const matches = patternsOf(loyalCustomer(), { ...steadyPositive, 1010: reading(-0.6) })
    expect(ids(matches)).toContain('frustratedLoyalist')
    const keys = matches.find((match) => match.id === 'frustratedLoyalist')!.evidence.map((line) => line.key)
    expect(keys).toEqual([
      'insight.evidence.tenureYears',
      'insight.evidence.csatGood',
      'insight.evidence.toneNow.negative',
      'insight.evidence.toneTrend.declining'
    ])
  })

  it('does not match the same customer in a good mood', () => {
    expect(ids(patternsOf(loyalCustomer(), { ...steadyPositive, 1010: reading(0.4) }))).not.toContain(
      'frustratedLoyalist'
    )
  })

  it('needs long tenure from settings, or high loyalty', () => {
    const young = () => history().requester({ createdDaysAgo: 200 }).ticket({ daysAgo: 100 }).current({})
    const angry = { 1001: reading(-0.7) }
    expect(ids(patternsOf(young(), angry))).not.toContain('frustratedLoyalist')
    expect(ids(patternsOf(young(), angry, { settings: { ...defaultInsightSettings, longTenureMonths: 6 } }))).toContain(
      'frustratedLoyalist'
    )
    expect(ids(patternsOf(young(), angry, { loyaltyScore: 8 }))).toContain('frustratedLoyalist')
  })
})

describe('early churn risk', () => {
  const newcomer = () =>
    history()
      .requester({ createdDaysAgo: 25 })
      .ticket({ daysAgo: 20, tags: ['setup'] })
      .ticket({ daysAgo: 12, tags: ['setup'] })
      .current({ tags: ['setup'] })

  it('matches the early-contact count in the first 30 days, with the repeat topic as evidence', () => {
    const match = patternsOf(newcomer()).find((pattern) => pattern.id === 'earlyChurnRisk')
    expect(match?.evidence.map((line) => line.key)).toEqual([
      'insight.evidence.contactsInFirst30Days',
      'insight.evidence.tenureDays',
      'insight.evidence.repeatTopic'
    ])
  })

  it('follows the early-contact count setting', () => {
    expect(
      ids(patternsOf(newcomer(), {}, { settings: { ...defaultInsightSettings, earlyContactCount: 4 } }))
    ).not.toContain('earlyChurnRisk')
  })

  it('cites standardized replies as making it worse', () => {
    const macro =
      'Thank you for contacting us. Your request has been received and a member of our team will get back to you within two business days.'
    const builder = history()
      .requester({ createdDaysAgo: 25 })
      .ticket({ daysAgo: 20, said: ['a'], agentReplies: [macro] })
      .ticket({ daysAgo: 12, said: ['b'], agentReplies: [macro] })
      .current({})
    const keys = patternsOf(builder)
      .find((pattern) => pattern.id === 'earlyChurnRisk')!
      .evidence.map((line) => line.key)
    expect(keys).toContain('insight.evidence.standardizedReplies')
    expect(keys).toContain('insight.evidence.standardizedChurn')
  })

  it('no longer applies once the customer is past their early life', () => {
    const builder = history()
      .requester({ createdDaysAgo: 200 })
      .ticket({ daysAgo: 199 })
      .ticket({ daysAgo: 190 })
      .ticket({ daysAgo: 180 })
      .current({})
    expect(ids(patternsOf(builder))).not.toContain('earlyChurnRisk')
  })
})

describe('churn risk', () => {
  it('matches words of leaving on their own', () => {
    const matches = patternsOf(
      history().ticket({ daysAgo: 200 }).current({}),
      {},
      { words: { 1001: ['Please refund me.'] } }
    )
    expect(ids(matches)).toContain('churnRisk')
  })

  it('needs two lesser factors together', () => {
    const badRating = () => history().ticket({ daysAgo: 30, satisfaction: 'bad' }).current({ reopens: 1 })
    expect(ids(patternsOf(badRating()))).toContain('churnRisk')
    expect(ids(patternsOf(history().ticket({ daysAgo: 30, satisfaction: 'bad' }).current({})))).not.toContain(
      'churnRisk'
    )
  })
})

describe('delighted advocate', () => {
  it('matches a customer whose tickets mostly read positive, with good ratings', () => {
    const matches = patternsOf(loyalCustomer(), { ...steadyPositive, 1010: reading(0.7) })
    expect(ids(matches)).toContain('delightedAdvocate')
    expect(matches.find((match) => match.id === 'delightedAdvocate')!.evidence[0]).toEqual({
      key: 'insight.evidence.positiveShare',
      params: { percent: 100, count: 11 }
    })
  })

  it('does not match with a recent bad rating, or with too few readings', () => {
    const rated = history().ticket({ daysAgo: 50, satisfaction: 'bad' }).ticket({ daysAgo: 20 }).current({})
    expect(ids(patternsOf(rated, { 1000: reading(0.5), 1001: reading(0.5), 1002: reading(0.5) }))).not.toContain(
      'delightedAdvocate'
    )
    expect(ids(patternsOf(history().current({}), { 1000: reading(0.9) }))).not.toContain('delightedAdvocate')
  })
})

describe('high value and new customer', () => {
  it('marks an organization mapped to the high tier as high value', () => {
    const matches = patternsOf(
      history()
        .organization({ tags: ['enterprise'] })
        .current({})
    )
    expect(matches.find((match) => match.id === 'highValue')?.evidence).toEqual([
      { key: 'insight.tier.reason.organizationTag', params: { tag: 'enterprise' } }
    ])
  })

  it('does not call an engaged customer without a mapped tier high value', () => {
    const builder = history()
    for (let index = 0; index < 8; index++) builder.ticket({ daysAgo: 10 + index * 30 })
    expect(ids(patternsOf(builder.current({})))).not.toContain('highValue')
  })

  it('calls a first contact and a customer of a few days new', () => {
    const known = history().requester({ createdDaysAgo: 900 }).coverage({ lifetimeTicketCount: 1 })
    expect(ids(patternsOf(known.current({})))).toEqual(['newCustomer'])
    // One ticket in the lookback of a customer who started before it, lifetime unknown: not known to be a first.
    expect(ids(patternsOf(history().requester({ createdDaysAgo: 900 }).current({})))).toEqual([])
    expect(ids(patternsOf(history().requester({ createdDaysAgo: 10 }).ticket({ daysAgo: 5 }).current({})))).toContain(
      'newCustomer'
    )
    expect(
      ids(patternsOf(history().requester({ createdDaysAgo: 100 }).ticket({ daysAgo: 5 }).current({})))
    ).not.toContain('newCustomer')
  })
})

describe('negative turns are read from labels, not scores', () => {
  it('does not call a calm long-standing customer who describes problems a frustrated loyalist', () => {
    const problems = { 1008: reading(-0.3, 'neutral'), 1009: reading(-0.35, 'neutral'), 1010: reading(-0.3, 'neutral') }
    const matches = patternsOf(loyalCustomer(), { ...steadyPositive, ...problems })
    expect(ids(matches)).not.toContain('frustratedLoyalist')
    expect(ids(matches)).not.toContain('churnRisk')
  })

  it('does call the loyalist frustrated after two negative tickets, even when this one is calmer', () => {
    const matches = patternsOf(loyalCustomer(), { ...steadyPositive, 1009: reading(-0.6), 1010: reading(-0.4) })
    expect(ids(matches)).toContain('frustratedLoyalist')
  })
})
