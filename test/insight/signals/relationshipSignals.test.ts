import { describe, expect, it } from 'vitest'
import { requesterTimeline } from '../../../src/insight/history/requesterTimeline'
import { defaultInsightSettings } from '../../../src/insight/insightSettings'
import { relationshipSignals } from '../../../src/insight/signals/relationshipSignals'
import { agentId, history, now, requesterId } from '../historyBuilder'

const signalsOf = (builder: ReturnType<typeof history>) =>
  relationshipSignals(requesterTimeline(builder.build(), now), defaultInsightSettings)

describe('relationshipSignals', () => {
  it('counts contacts in the last 7, 30 and 90 days, the current ticket included', () => {
    const { signals } = signalsOf(
      history()
        .ticket({ daysAgo: 200 })
        .ticket({ daysAgo: 60 })
        .ticket({ daysAgo: 20 })
        .ticket({ daysAgo: 5 })
        .current({})
    )
    expect(signals).toMatchObject({
      ticketCount: 5,
      contactsLast7Days: 2,
      contactsLast30Days: 3,
      contactsLast90Days: 4
    })
  })

  it('measures tenure from sign-up and counts tickets in the first 30 days as a customer', () => {
    const { signals, details } = signalsOf(
      history()
        .requester({ createdDaysAgo: 400 })
        .ticket({ daysAgo: 399 })
        .ticket({ daysAgo: 380 })
        .ticket({ daysAgo: 300 })
        .current({})
    )
    expect(signals.tenureDays).toBe(400)
    expect(details.tenureMonths).toBe(13)
    expect(signals.contactsInFirst30Days).toBe(2)
  })

  it('adds up reopens and satisfaction ratings, recent bad ratings apart', () => {
    const { signals, details } = signalsOf(
      history()
        .ticket({ daysAgo: 300, satisfaction: 'good', reopens: 2 })
        .ticket({ daysAgo: 200, satisfaction: 'bad' })
        .ticket({ daysAgo: 40, satisfaction: 'bad', reopens: null })
        .ticket({ daysAgo: 20, satisfaction: 'offered', reopens: 1 })
        .current({ reopens: 1 })
    )
    expect(signals).toMatchObject({ reopens: 4, csatGood: 1, csatBad: 2, csatBadLast90Days: 1 })
    expect(details.reopenedTickets).toBe(3)
    expect(details.currentReopens).toBe(1)
  })

  it('measures time since the previous contact, not the current one', () => {
    expect(signalsOf(history().ticket({ daysAgo: 45 }).current({ daysAgo: 1 })).signals.daysSinceLastContact).toBe(45)
    expect(signalsOf(history().current({})).signals.daysSinceLastContact).toBeNull()
  })

  it('recognises a first contact', () => {
    const { signals, details } = signalsOf(
      history()
        .requester({ createdDaysAgo: 2 })
        .current({ said: ['Hello there'] })
    )
    expect(signals).toMatchObject({
      firstContact: true,
      ticketCount: 1,
      tenureDays: 2,
      repeatContacts: 0,
      currentTopicContacts: 1
    })
    expect(details.activeQuarters).toBe(1)
  })

  it('spreads contacts over quarters and measures how much the requester takes part in conversations', () => {
    const { details } = signalsOf(
      history()
        .requester({ createdDaysAgo: 400 })
        .ticket({ daysAgo: 390, said: ['a', 'b', 'c'], agentReplies: ['x'] })
        .ticket({ daysAgo: 200, said: ['a'], agentReplies: ['x', 'y'] })
        .ticket({ daysAgo: 199 })
        .current({ said: ['a', 'b'] })
    )
    expect(details.activeQuarters).toBe(3)
    expect(details.dialogueDepth).toBeCloseTo(2, 10)
  })

  it('has no dialogue depth when no conversation was read', () => {
    expect(signalsOf(history().ticket({ daysAgo: 3 }).current({})).details.dialogueDepth).toBeNull()
  })

  it('ignores comments by other people in the dialogue depth', () => {
    const comments = [
      { id: 1, authorId: requesterId, body: 'a', htmlBody: null, public: true, createdAt: '2025-06-02T10:00:00Z' },
      { id: 2, authorId: agentId, body: 'b', htmlBody: null, public: false, createdAt: '2025-06-02T10:00:00Z' }
    ]
    expect(signalsOf(history().current({ comments })).details.dialogueDepth).toBe(1)
  })
})
