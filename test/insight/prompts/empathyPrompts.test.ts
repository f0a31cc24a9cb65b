import { describe, expect, it } from 'vitest'
import { defaultInsightSettings } from '../../../src/insight/insightSettings'
import { relationshipPatterns } from '../../../src/insight/patterns/relationshipPatterns'
import { personalizationTier } from '../../../src/insight/personalization/personalizationTier'
import { empathyPrompts } from '../../../src/insight/prompts/empathyPrompts'
import type { SentimentReading } from '../../../src/insight/relationshipInsight'
import { reading } from '../fixedTone'
import { history, type HistoryBuilder } from '../historyBuilder'
import { stateOf } from '../stateOf'

const settings = defaultInsightSettings

function promptsOf(
  builder: HistoryBuilder,
  readings: Record<number, SentimentReading> = {},
  words: Record<number, string[]> = {}
) {
  const state = stateOf(builder, readings, settings, words)
  const tier = personalizationTier(state.timeline.requester, state.timeline.organization, state.totals, settings)
  const patterns = relationshipPatterns({ state, loyaltyScore: 5, tier, settings })
  return empathyPrompts(state, patterns, settings)
}
const ids = (prompts: Array<{ id: string }>) => prompts.map((prompt) => prompt.id)

describe('empathyPrompts', () => {
  it('asks to acknowledge a repeat contact, citing the count, topic and days', () => {
    const builder = history()
      .requester({ createdDaysAgo: 700 })
      .ticket({ daysAgo: 10, tags: ['billing'] })
      .ticket({ daysAgo: 5, tags: ['billing'] })
      .current({ tags: ['billing'] })
    const [first] = promptsOf(builder, { 1000: reading(0), 1001: reading(0), 1002: reading(0) })
    expect(first).toEqual({
      id: 'repeatContact',
      text: { key: 'insight.prompt.repeatContact.text', params: { count: 14, contacts: 3, topic: 'billing' } },
      evidence: [{ key: 'insight.evidence.repeatTopic', params: { count: 14, contacts: 3, topic: 'billing' } }]
    })
  })

  it('says the tone is sliding when it is, with the trend as evidence', () => {
    const builder = history()
      .requester({ createdDaysAgo: 700 })
      .ticket({ daysAgo: 8, tags: ['billing'] })
      .current({ tags: ['billing'] })
    const [first] = promptsOf(builder, { 1000: reading(0), 1001: reading(-0.6) })
    expect(first?.id).toBe('repeatContact')
    expect(first?.text.key).toBe('insight.prompt.repeatContactSliding.text')
    expect(first?.evidence.map((line) => line.key)).toEqual([
      'insight.evidence.repeatTopic',
      'insight.evidence.toneTrend.declining'
    ])
  })

  it('puts words of leaving first', () => {
    const builder = history()
      .requester({ createdDaysAgo: 700 })
      .ticket({ daysAgo: 8, tags: ['billing'] })
      .current({ tags: ['billing'] })
    const prompts = promptsOf(builder, { 1001: reading(-0.6) }, { 1001: ['I want a refund.'] })
    expect(prompts[0]?.text).toEqual({ key: 'insight.prompt.churnIntent.text', params: { term: 'refund' } })
  })

  it('shows at most three, best first', () => {
    const builder = history()
      .requester({ createdDaysAgo: 20 })
      .ticket({ daysAgo: 6, tags: ['login'], satisfaction: 'bad' })
      .ticket({ daysAgo: 3, tags: ['login'] })
      .current({ tags: ['login'], reopens: 2 })
    const prompts = promptsOf(builder, { 1002: reading(-0.8) }, { 1002: ['Cancel my account now.'] })
    expect(ids(prompts)).toEqual(['churnIntent', 'repeatContact', 'earlyChurnRisk'])
  })

  it('suggests a first-contact approach for a first-time requester', () => {
    expect(ids(promptsOf(history().current({}), { 1000: reading(0) }))).toEqual(['firstContact'])
  })

  it('says the tone is unknown rather than guessing, naming the language when that is why', () => {
    const spanish = promptsOf(history().current({}), { 1000: reading(0, 'unknown', 'es') })
    expect(spanish).toContainEqual({
      id: 'toneUnknown',
      text: { key: 'insight.prompt.toneUnknownLanguage.text', params: { language: 'ES' } },
      evidence: [{ key: 'insight.evidence.toneNow.unknownLanguage', params: { language: 'ES' } }]
    })
    const silent = promptsOf(history().ticket({ daysAgo: 40 }).current({}))
    expect(silent.map((prompt) => prompt.text.key)).toContain('insight.prompt.toneUnknown.text')
  })

  it('welcomes back a customer after a long silence', () => {
    const prompts = promptsOf(history().ticket({ daysAgo: 400 }).current({}), { 1001: reading(0) })
    expect(prompts).toContainEqual(
      expect.objectContaining({
        id: 'welcomeBack',
        text: { key: 'insight.prompt.welcomeBack.text', params: { count: 400 } }
      })
    )
  })

  it('suggests thanks to a delighted customer and to a loyal, satisfied one', () => {
    const builder = history()
      .requester({ createdDaysAgo: 800 })
      .ticket({ daysAgo: 100, satisfaction: 'good' })
      .current({})
    expect(ids(promptsOf(builder, { 1001: reading(0.8) }))).toEqual(['delighted', 'thankLoyalty'])
  })

  it('keeps ids stable across variants, so a dismissal sticks', () => {
    const calm = history()
      .ticket({ daysAgo: 8, tags: ['billing'] })
      .current({ tags: ['billing'] })
    const sliding = history()
      .ticket({ daysAgo: 8, tags: ['billing'] })
      .current({ tags: ['billing'] })
    const a = promptsOf(calm, { 1000: reading(0), 1001: reading(0) })
    const b = promptsOf(sliding, { 1000: reading(0), 1001: reading(-0.6) })
    expect(a[0]?.text.key).not.toBe(b[0]?.text.key)
    expect(a[0]?.id).toBe(b[0]?.id)
  })
})

describe('empathyPrompts when the tone is unknown', () => {
  it('does not suggest thanking a loyal customer whose mood cannot be read', () => {
    const builder = history()
      .requester({ createdDaysAgo: 800 })
      .ticket({ daysAgo: 100, satisfaction: 'good' })
      .current({})
    const prompts = promptsOf(builder, { 1001: reading(0, 'unknown', 'es') })
    expect(ids(prompts)).not.toContain('thankLoyalty')
    expect(ids(prompts)).toContain('toneUnknown')
  })
})

describe('empathyPrompts on a same-day repeat', () => {
  it('names the repeat-contact window it counted in, not the span between the tickets', () => {
    const builder = history()
      .ticket({ daysAgo: 0, tags: ['billing'] })
      .current({ tags: ['billing'] })
    const [first] = promptsOf(builder, { 1000: reading(0), 1001: reading(0) })
    expect(first?.text).toEqual({
      key: 'insight.prompt.repeatContact.text',
      params: { count: settings.repeatContactWindowDays, contacts: 2, topic: 'billing' }
    })
  })
})
