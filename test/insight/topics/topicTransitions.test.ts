import { describe, expect, it } from 'vitest'
import { defaultInsightSettings } from '../../../src/insight/insightSettings'
import {
  addSolvedTickets,
  emptyTopicTransitions,
  nextTopics,
  ticketTopicTags,
  type TopicTicket
} from '../../../src/insight/topics/topicTransitions'

const day = 86_400_000
const ticket = (ticketId: number, requesterId: number, dayNumber: number, topics: string[]): TopicTicket => ({
  ticketId,
  requesterId,
  createdMs: dayNumber * day,
  topics
})

describe('ticketTopicTags', () => {
  it('keeps topic tags, lower-cased and once, without channel, priority and tier tags', () => {
    expect(
      ticketTopicTags(['Sizing', 'web', 'premium', 'urgent', 'sizing', 'care_instructions'], defaultInsightSettings)
    ).toEqual(['sizing', 'care_instructions'])
  })
})

describe('topic transitions', () => {
  it('counts a later ticket on another topic by the same requester within 30 days', () => {
    const model = addSolvedTickets(emptyTopicTransitions(), [
      ticket(1, 7, 0, ['sizing']),
      ticket(2, 7, 12, ['care_instructions']),
      ticket(3, 8, 13, ['refund']), // another requester
      ticket(4, 7, 60, ['returns']) // too late after ticket 2
    ])
    expect(model.counts).toEqual({ sizing: { care_instructions: 1 } })
  })

  it('counts pairs whatever order the export brings them in, and a ticket seen twice once', () => {
    const model = addSolvedTickets(emptyTopicTransitions(), [
      ticket(2, 7, 12, ['care_instructions']),
      ticket(1, 7, 0, ['sizing']),
      ticket(2, 7, 12, ['care_instructions'])
    ])
    expect(model.counts).toEqual({ sizing: { care_instructions: 1 } })
  })

  it('grows incrementally: a later batch pairs with the tail of the earlier one, and the tail is pruned', () => {
    const first = addSolvedTickets(emptyTopicTransitions(), [
      ticket(1, 7, 0, ['sizing']),
      ticket(2, 9, 100, ['billing'])
    ])
    expect(first.tail.map((entry) => entry.ticketId)).toEqual([2])
    const second = addSolvedTickets(first, [ticket(3, 9, 110, ['refund'])])
    expect(second.counts).toEqual({ billing: { refund: 1 } })
    expect(first.counts).toEqual({})
  })

  it('answers the likeliest next topics with shares and a confidence that grows with evidence', () => {
    const tickets = [
      ...Array.from({ length: 3 }, (_, index) => [
        ticket(index * 10 + 1, index, 0, ['sizing']),
        ticket(index * 10 + 2, index, 5, ['care_instructions'])
      ]).flat(),
      ticket(91, 50, 0, ['sizing']),
      ticket(92, 50, 3, ['returns'])
    ]
    const answer = nextTopics(addSolvedTickets(emptyTopicTransitions(), tickets), 'Sizing')
    expect(answer.observed).toBe(4)
    expect(answer.next).toEqual([
      { topic: 'care_instructions', count: 3, share: 0.75 },
      { topic: 'returns', count: 1, share: 0.25 }
    ])
    expect(answer.confidence).toBeCloseTo(0.75 * 0.4)
  })
})
