import { describe, expect, it } from 'vitest'
import { requesterTimeline, timelineAsOf } from '../../../src/insight/history/requesterTimeline'
import { daysAgo, history, now } from '../historyBuilder'

describe('requesterTimeline', () => {
  it('orders tickets oldest first and picks out the current and the previous ticket', () => {
    const built = history()
      .ticket({ daysAgo: 30, subject: 'b' })
      .ticket({ daysAgo: 90, subject: 'a' })
      .current({ subject: 'c' })
      .build()
    const timeline = requesterTimeline(built, now)
    expect(timeline.tickets.map((entry) => entry.ticket.subject)).toEqual(['a', 'b', 'c'])
    expect(timeline.current?.ticket.subject).toBe('c')
    expect(timeline.previous?.ticket.subject).toBe('b')
  })

  it('takes the previous ticket from before the current one when the agent opens an older ticket', () => {
    const built = history()
      .ticket({ daysAgo: 60, subject: 'older' })
      .ticket({ daysAgo: 1, subject: 'newer' })
      .current({ daysAgo: 10, subject: 'open' })
      .build()
    const timeline = requesterTimeline(built, now)
    expect(timeline.current?.ticket.subject).toBe('open')
    expect(timeline.previous?.ticket.subject).toBe('older')
  })

  it('starts the relationship at sign-up, or at the first ticket when that is earlier (imported history)', () => {
    const signedUpFirst = requesterTimeline(
      history().requester({ createdDaysAgo: 500 }).current({ daysAgo: 3 }).build(),
      now
    )
    expect(signedUpFirst.startMs).toBe(Date.parse(daysAgo(500)))
    const ticketFirst = requesterTimeline(
      history().requester({ createdDaysAgo: 10 }).ticket({ daysAgo: 800 }).current({}).build(),
      now
    )
    expect(ticketFirst.startMs).toBe(Date.parse(daysAgo(800)))
  })

  it('keeps tickets with unreadable dates without letting them become the previous contact', () => {
    const built = history().ticket({ daysAgo: 5, subject: 'dated' }).current({}).build()
    built.tickets.push({ ...built.tickets[0]!, id: 1, subject: 'undated', createdAt: 'not a date' })
    const timeline = requesterTimeline(built, now)
    expect(timeline.tickets).toHaveLength(3)
    expect(timeline.tickets[0]?.ticket.subject).toBe('undated')
    expect(timeline.previous?.ticket.subject).toBe('dated')
  })

  it('falls back to the newest ticket when the current ticket id is not in the history', () => {
    const built = history().ticket({ daysAgo: 9, subject: 'old' }).ticket({ daysAgo: 2, subject: 'newest' }).build()
    const timeline = requesterTimeline({ ...built, currentTicketId: 42 }, now)
    expect(timeline.current?.ticket.subject).toBe('newest')
  })

  it('handles a history with no tickets', () => {
    const timeline = requesterTimeline({ ...history().build(), tickets: [] }, now)
    expect(timeline.current).toBeNull()
    expect(timeline.previous).toBeNull()
  })

  it('rewinds to an earlier ticket: later tickets dropped, the clock set to that ticket', () => {
    const built = history()
      .ticket({ daysAgo: 100, subject: 'a' })
      .ticket({ daysAgo: 50, subject: 'b' })
      .current({ subject: 'c' })
      .build()
    const timeline = requesterTimeline(built, now)
    const earlier = timelineAsOf(timeline, timeline.tickets[1]!)
    expect(earlier?.tickets.map((entry) => entry.ticket.subject)).toEqual(['a', 'b'])
    expect(earlier?.current?.ticket.subject).toBe('b')
    expect(earlier?.previous?.ticket.subject).toBe('a')
    expect(earlier?.nowMs).toBe(Date.parse(daysAgo(50)))
  })
})
