import { describe, expect, it } from 'vitest'
import { analyzeRelationship } from '../../../src/insight/analyzeRelationship'
import { defaultInsightSettings } from '../../../src/insight/insightSettings'
import { renderPhrase } from '../insightTranslations'
import { history, now, type HistoryBuilder } from '../historyBuilder'

const analyze = (builder: HistoryBuilder) => analyzeRelationship(builder.build(), defaultInsightSettings, now)

/** A customer of `years` with a ticket every `everyDays`, of which the lookback reads `months`. */
function longCustomer(everyDays: number, days: number) {
  const builder = history().requester({ createdDaysAgo: days + 10 })
  for (let daysAgo = days; daysAgo > 0; daysAgo -= everyDays) builder.ticket({ daysAgo })
  return builder
}

describe('ticket counts say their window', () => {
  it('the issue example: 14 tickets lifetime, 5 in a 6-month lookback read', () => {
    const builder = history()
      .requester({ createdDaysAgo: 900 })
      .coverage({ lifetimeTicketCount: 14, lookbackMonths: 6 })
    for (const daysAgo of [160, 120, 80, 40]) builder.ticket({ daysAgo })
    const insight = analyze(builder.current({}))
    expect(renderPhrase(insight.facts.tickets)).toBe('14 tickets · 5 in the last 6 months read')
    const hints = insight.personalization.hints.map((hint) => renderPhrase(hint))
    expect(hints.join(' ')).not.toMatch(/\b5 tickets with you so far/)
  })

  it('without a lifetime count, names the lookback', () => {
    const builder = history().requester({ createdDaysAgo: 900 }).coverage({ lookbackMonths: 6 })
    for (const daysAgo of [160, 120, 80, 40]) builder.ticket({ daysAgo })
    const insight = analyze(builder.current({}))
    expect(renderPhrase(insight.facts.tickets)).toBe('5 tickets in the last 6 months')
    expect(insight.facts.totals.lifetime).toBeNull()
  })

  it('a capped read says "at least" when the lifetime is unknown, and "most recent read" when it is known', () => {
    const capped = longCustomer(2, 600).coverage({ cappedAtMaxTickets: true }).current({})
    const count = capped.build().tickets.length
    expect(renderPhrase(analyze(capped).facts.tickets)).toBe(`At least ${count} tickets (the most recent read)`)
    const known = longCustomer(2, 600).coverage({ cappedAtMaxTickets: true, lifetimeTicketCount: 900 }).current({})
    expect(renderPhrase(analyze(known).facts.tickets)).toBe(`900 tickets · the ${count} most recent read`)
  })

  it('a lookback that reaches back past their start is the whole story: a lifetime count', () => {
    const insight = analyze(history().requester({ createdDaysAgo: 100 }).ticket({ daysAgo: 50 }).current({}))
    expect(renderPhrase(insight.facts.tickets)).toBe('2 tickets')
  })

  it('one ticket in the lookback of an older customer is no first contact', () => {
    const quiet = analyze(history().requester({ createdDaysAgo: 2000 }).current({}))
    expect(quiet.signals.firstContact).toBe(false)
    expect(quiet.prompts.map((prompt) => prompt.id)).not.toContain('firstContact')
    const first = analyze(
      history().requester({ createdDaysAgo: 2000 }).coverage({ lifetimeTicketCount: 1 }).current({})
    )
    expect(first.signals.firstContact).toBe(true)
  })
})

describe('a return from beyond the lookback', () => {
  it('is welcomed back, citing the window, when the lifetime count says there were earlier tickets', () => {
    const insight = analyze(
      history().requester({ createdDaysAgo: 2000 }).coverage({ lifetimeTicketCount: 40 }).current({})
    )
    const welcome = insight.prompts.find((prompt) => prompt.id === 'welcomeBack')
    expect(welcome && renderPhrase(welcome.text)).toMatch(/^Their first ticket in over 24 months\./)
    expect(welcome?.evidence.map((line) => renderPhrase(line))).toEqual([
      'No earlier ticket in the last 24 months',
      '40 tickets · 1 in the last 24 months read'
    ])
    expect(insight.personalization.hints.map((hint) => hint.key)).not.toContain('insight.tier.hint.explainNextSteps')
  })

  it('is not assumed when the lifetime is unknown', () => {
    const insight = analyze(history().requester({ createdDaysAgo: 2000 }).current({}))
    expect(insight.prompts.map((prompt) => prompt.id)).not.toContain('welcomeBack')
  })
})

describe('as of the open ticket', () => {
  /** Two good years, a delighted closed ticket 400 days ago, then a sour run. */
  function story(status: 'closed' | 'open') {
    const builder = history().requester({ name: 'Tomasz "Tom" Wróbel', createdDaysAgo: 700 })
    for (const daysAgo of [650, 600, 550]) builder.ticket({ daysAgo, satisfaction: 'good', status: 'closed' })
    builder.ticket({
      daysAgo: 400,
      status,
      satisfaction: 'good',
      said: ['The new booking page is fantastic. You folks are wonderful, thank you so much!']
    })
    for (const daysAgo of [90, 60, 30, 5])
      builder.ticket({ daysAgo, satisfaction: 'bad', said: ['Still broken. This is unacceptable and I am fed up.'] })
    return builder
  }

  it('a closed past ticket is read as it was: nothing after it, a notice, one line on today', () => {
    const built = story('closed')
    const insight = analyzeRelationship({ ...built.build(), currentTicketId: 1003 }, defaultInsightSettings, now)
    expect(insight.asOf).toMatchObject({ ticketId: 1003 })
    expect(renderPhrase(insight.asOf!.notice)).toBe(
      'Showing the relationship as it was when this ticket was opened, 1 year ago.'
    )
    expect(renderPhrase(insight.asOf!.today!)).toMatch(/^Today: 4 more tickets since this one, health \d+\/10, tone /)
    expect(insight.signals).toMatchObject({ ticketCount: 4, csatBad: 0, csatGood: 4 })
    expect(renderPhrase(insight.facts.tickets)).toBe('4 tickets')
    expect(renderPhrase(insight.facts.recent)).toBe('1 in the 30 days before this ticket')
    expect(insight.trend.points.every((point) => point.ticketId <= 1003)).toBe(true)
    expect(insight.currentSentiment.label).toBe('positive')
    expect(insight.patterns.map((pattern) => pattern.id)).not.toContain('churnRisk')
  })

  it('an open ticket is read today, whatever came after it', () => {
    const insight = analyzeRelationship(
      { ...story('open').build(), currentTicketId: 1003 },
      defaultInsightSettings,
      now
    )
    expect(insight.asOf).toBeNull()
    expect(insight.signals.ticketCount).toBe(8)
  })

  it('a recently solved newest ticket is read today', () => {
    const insight = analyze(history().ticket({ daysAgo: 40 }).current({ status: 'solved', daysAgo: 2 }))
    expect(insight.asOf).toBeNull()
  })
})
