import { describe, expect, it } from 'vitest'
import { requesterTimeline } from '../../../src/insight/history/requesterTimeline'
import { defaultInsightSettings } from '../../../src/insight/insightSettings'
import { genericTags, sharedTopic, subjectWords, ticketTopic } from '../../../src/insight/signals/ticketTopics'
import { history, now } from '../historyBuilder'

const topic = (tags: string[], words: string[]) => ({ tags, words })

describe('subjectWords', () => {
  it('keeps content words, lower-cased, without function words, support boilerplate or plural s', () => {
    expect(subjectWords('Help: Invoices are WRONG for my account!')).toEqual(['invoice', 'account'])
  })

  it('handles accents, apostrophes and other scripts', () => {
    expect(subjectWords('Problema con la facturación de junio')).toEqual(['facturación', 'junio'])
    expect(subjectWords('App can’t sync')).toEqual(['app', 'sync'])
    expect(subjectWords('請求書のエラー')).toEqual(['請求書のエラー'])
  })

  it('returns nothing for an empty or generic subject', () => {
    expect(subjectWords('')).toEqual([])
    expect(subjectWords('Urgent help please!!!')).toEqual([])
  })
})

describe('sharedTopic', () => {
  it('matches on a shared non-generic tag and names the topic after it', () => {
    expect(sharedTopic(topic(['billing'], ['refund']), topic(['billing', 'sso'], ['login']))).toBe('billing')
  })

  it('matches subjects that share two content words', () => {
    expect(
      sharedTopic(topic([], ['invoice', 'pdf', 'missing']), topic([], ['missing', 'invoice', 'june', 'again']))
    ).toBe('invoice missing')
  })

  it('matches subjects whose word overlap is at least half (Jaccard)', () => {
    expect(sharedTopic(topic([], ['billing']), topic([], ['billing', 'invoice']))).toBe('billing')
    expect(sharedTopic(topic([], ['billing', 'export', 'csv']), topic([], ['billing', 'login', 'sso']))).toBeNull()
  })

  it('does not match tickets with nothing in common or nothing to compare', () => {
    expect(sharedTopic(topic([], []), topic([], []))).toBeNull()
    expect(sharedTopic(topic(['sso'], ['login']), topic(['billing'], ['refund']))).toBeNull()
  })
})

describe('genericTags', () => {
  it('treats channel tags, tier tags and tags on nearly every ticket as generic', () => {
    const builder = history()
    for (let index = 0; index < 5; index++)
      builder.ticket({ daysAgo: 10 + index, tags: ['acme_org', index === 0 ? 'billing' : 'login'] })
    const timeline = requesterTimeline(builder.current({ tags: ['acme_org'] }).build(), now)
    const generic = genericTags(timeline.tickets, defaultInsightSettings)
    expect(generic.has('acme_org')).toBe(true)
    expect(generic.has('web')).toBe(true)
    expect(generic.has('premium')).toBe(true)
    expect(generic.has('billing')).toBe(false)
    expect(ticketTopic(timeline.tickets[0]!, generic).tags).not.toContain('acme_org')
  })

  it('does not judge tags generic on a short history', () => {
    const timeline = requesterTimeline(
      history()
        .ticket({ daysAgo: 3, tags: ['billing'] })
        .current({ tags: ['billing'] })
        .build(),
      now
    )
    expect(genericTags(timeline.tickets, defaultInsightSettings).has('billing')).toBe(false)
  })
})
