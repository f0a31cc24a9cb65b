import { describe, expect, it } from 'vitest'
import { requesterTimeline } from '../../../src/insight/history/requesterTimeline'
import { defaultInsightSettings } from '../../../src/insight/insightSettings'
import { repeatContacts } from '../../../src/insight/signals/repeatContacts'
import { history, now } from '../historyBuilder'

const settings = { ...defaultInsightSettings, repeatContactWindowDays: 14 }

describe('repeatContacts', () => {
  it('finds the current ticket’s run on the same topic within the window', () => {
    const built = history()
      .ticket({ daysAgo: 10, subject: 'Charged twice', tags: ['billing'] })
      .ticket({ daysAgo: 4, subject: 'Still charged twice', tags: ['billing'] })
      .current({ subject: 'Double charge again', tags: ['billing'] })
      .build()
    const result = repeatContacts(requesterTimeline(built, now), settings)
    expect(result).toEqual({
      repeatContacts: 2,
      currentTopic: 'billing',
      currentTopicContacts: 3,
      currentTopicSpanDays: 10
    })
  })

  it('does not count the same topic outside the window', () => {
    const built = history()
      .ticket({ daysAgo: 20, tags: ['billing'] })
      .current({ tags: ['billing'] })
      .build()
    const result = repeatContacts(requesterTimeline(built, now), settings)
    expect(result.repeatContacts).toBe(0)
    expect(result.currentTopicContacts).toBe(1)
    expect(result.currentTopic).toBeNull()
  })

  it('follows the window setting', () => {
    const built = history()
      .ticket({ daysAgo: 20, tags: ['billing'] })
      .current({ tags: ['billing'] })
      .build()
    const result = repeatContacts(requesterTimeline(built, now), { ...settings, repeatContactWindowDays: 30 })
    expect(result.currentTopicContacts).toBe(2)
  })

  it('does not count tickets on different topics, or a shared generic tag', () => {
    const built = history()
      .ticket({ daysAgo: 3, subject: 'Login fails with SSO', tags: ['web', 'sso'] })
      .current({ subject: 'Refund for March', tags: ['web', 'billing'] })
      .build()
    expect(repeatContacts(requesterTimeline(built, now), settings).currentTopicContacts).toBe(1)
  })

  it('matches by subject when tickets carry no tags', () => {
    const built = history()
      .ticket({ daysAgo: 2, subject: 'Export to CSV fails' })
      .current({ subject: 'CSV export fails again' })
      .build()
    const result = repeatContacts(requesterTimeline(built, now), settings)
    expect(result.currentTopic).toBe('csv export fail')
    expect(result.currentTopicContacts).toBe(2)
  })

  it('counts repeats across the whole history, not only around the current ticket', () => {
    const built = history()
      .ticket({ daysAgo: 300, tags: ['sso'] })
      .ticket({ daysAgo: 295, tags: ['sso'] })
      .current({ tags: ['billing'] })
      .build()
    const result = repeatContacts(requesterTimeline(built, now), settings)
    expect(result.repeatContacts).toBe(1)
    expect(result.currentTopicContacts).toBe(1)
  })
})
