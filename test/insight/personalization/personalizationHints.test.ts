import { describe, expect, it } from 'vitest'
import { defaultInsightSettings } from '../../../src/insight/insightSettings'
import { personalizationHints } from '../../../src/insight/personalization/personalizationHints'
import { personalizationTier } from '../../../src/insight/personalization/personalizationTier'
import { reading } from '../fixedTone'
import { history, type HistoryBuilder } from '../historyBuilder'
import { stateOf } from '../stateOf'

function hintsOf(builder: HistoryBuilder, current = reading(0)) {
  const state = stateOf(builder, { [1000 + builder.build().tickets.length - 1]: current })
  const tier = personalizationTier(
    state.timeline.requester,
    state.timeline.organization,
    state.totals,
    defaultInsightSettings
  )
  return personalizationHints(state, tier)
}
const keys = (hints: Array<{ key: string }>) => hints.map((hint) => hint.key)

describe('personalizationHints', () => {
  it('basic: use their name and reference the previous ticket', () => {
    const hints = hintsOf(history().ticket({ daysAgo: 12, subject: 'Password reset' }).current({}))
    expect(hints.tier).toBe('basic')
    expect(hints.hints).toEqual([
      { key: 'insight.tier.hint.useName', params: { name: 'Maria' } },
      { key: 'insight.tier.hint.referencePrevious', params: { subject: 'Password reset', days: 12 } }
    ])
  })

  it('basic on a first contact: explain what happens next', () => {
    expect(keys(hintsOf(history().current({})).hints)).toEqual([
      'insight.tier.hint.useName',
      'insight.tier.hint.explainNextSteps'
    ])
  })

  it('moderate: continuity with the past issue and the relationship so far', () => {
    const builder = history()
    for (let index = 0; index < 5; index++)
      builder.ticket({ daysAgo: 200 - index * 30, subject: `Issue ${index}`, status: 'solved', reopens: 1 })
    const hints = hintsOf(builder.current({}))
    expect(hints.tier).toBe('moderate')
    expect(hints.hints).toEqual([
      { key: 'insight.tier.hint.useName', params: { name: 'Maria' } },
      { key: 'insight.tier.hint.continuity', params: { subject: 'Issue 4' } },
      { key: 'insight.tier.hint.relationshipSoFar', params: { count: 6 } }
    ])
  })

  it('high: proactive follow-up and account context', () => {
    const hints = hintsOf(
      history()
        .organization({ name: 'Globex', tags: ['premium'] })
        .ticket({ daysAgo: 9, subject: 'SSO', status: 'closed', satisfaction: 'bad' })
        .current({})
    )
    expect(hints.hints).toEqual([
      { key: 'insight.tier.hint.useName', params: { name: 'Maria' } },
      { key: 'insight.tier.hint.proactiveFollowUp', params: {} },
      { key: 'insight.tier.hint.accountContext', params: { organization: 'Globex' } },
      { key: 'insight.tier.hint.continuity', params: { subject: 'SSO' } }
    ])
  })

  it('asks to check an earlier issue "stayed resolved" only when it was a problem that was solved', () => {
    const question = history().organization({ tags: ['premium'] })
    const pending = hintsOf(question.ticket({ daysAgo: 9, subject: 'SSO', status: 'pending', reopens: 2 }).current({}))
    expect(keys(pending.hints)).not.toContain('insight.tier.hint.continuity')
    const noProblem = history().organization({ tags: ['premium'] })
    const solvedQuestion = hintsOf(noProblem.ticket({ daysAgo: 9, subject: 'Export', status: 'solved' }).current({}))
    expect(keys(solvedQuestion.hints)).toContain('insight.tier.hint.referencePrevious')
    expect(keys(solvedQuestion.hints)).not.toContain('insight.tier.hint.continuity')
  })

  it('greets by the first name, or by the nickname they gave, without quotes', () => {
    const greeting = (name: string) => hintsOf(history().requester({ name }).current({})).hints[0]
    expect(greeting('Tomasz "Tom" Wróbel')).toEqual({ key: 'insight.tier.hint.useName', params: { name: 'Tom' } })
    expect(greeting('Ana “Anita” Gómez')?.params).toEqual({ name: 'Anita' })
    expect(greeting('Lopez, Maria')?.params).toEqual({ name: 'Maria' })
    expect(greeting("Siobhán O'Brien")?.params).toEqual({ name: 'Siobhán' })
  })

  it('counts the relationship so far in its window when the lifetime is unknown', () => {
    const builder = history().requester({ createdDaysAgo: 3000 })
    for (let index = 0; index < 5; index++) builder.ticket({ daysAgo: 200 - index * 30 })
    const hints = hintsOf(builder.current({}))
    expect(hints.hints).toContainEqual({
      key: 'insight.tier.hint.relationshipSoFarInWindow',
      params: { count: 6, months: 24 }
    })
  })

  it('copes with a nameless requester and an untitled previous ticket', () => {
    const hints = hintsOf(history().requester({ name: '' }).ticket({ daysAgo: 3, subject: '' }).current({}))
    expect(hints.hints).toEqual([
      { key: 'insight.tier.hint.greetPersonally', params: {} },
      { key: 'insight.tier.hint.referencePreviousUntitled', params: { days: 3 } }
    ])
  })

  it('suggests replying in the language they write in, or their profile’s when the text does not say', () => {
    expect(hintsOf(history().current({}), reading(0, 'unknown', 'es')).hints[0]).toEqual({
      key: 'insight.tier.hint.replyInLanguage',
      params: { language: 'ES' }
    })
    const profileOnly = hintsOf(history().requester({ locale: 'pt-BR' }).current({}), reading(0, 'unknown', null))
    expect(profileOnly.hints[0]).toEqual({ key: 'insight.tier.hint.replyInLanguage', params: { language: 'PT' } })
    expect(keys(hintsOf(history().requester({ locale: 'es' }).current({}), reading(0.2)).hints)).not.toContain(
      'insight.tier.hint.replyInLanguage'
    )
  })

  it('clips a very long subject', () => {
    const hints = hintsOf(
      history()
        .ticket({ daysAgo: 3, subject: 'x'.repeat(500) })
        .current({})
    )
    expect(String(hints.hints[1]?.params.subject).length).toBeLessThanOrEqual(80)
  })
})
