import { describe, expect, it } from 'vitest'
import { requesterTimeline } from '../../../src/insight/history/requesterTimeline'
import { standardizedReplies } from '../../../src/insight/signals/standardizedReplies'
import { history, now } from '../historyBuilder'

const macro = (order: string) =>
  `Hi Maria, thank you for reaching out to us. We have received your request ${order} and our team is looking into it. ` +
  'You can expect an update within two business days. In the meantime, please check our help center for common answers.'

describe('standardizedReplies', () => {
  it('spots the same macro sent on different tickets, even with a different order number', () => {
    const built = history()
      .ticket({ daysAgo: 20, said: ['Where is my order?'], agentReplies: [macro('#1234')] })
      .ticket({ daysAgo: 10, said: ['My card was declined.'], agentReplies: [macro('#98765')] })
      .current({ said: ['Still nothing.'] })
      .build()
    expect(standardizedReplies(requesterTimeline(built, now))).toEqual({
      standardizedReplies: true,
      standardizedReplyTickets: 2
    })
  })

  it('does not flag replies written for each ticket', () => {
    const built = history()
      .ticket({
        daysAgo: 20,
        said: ['Where is my order?'],
        agentReplies: [
          'Your order left our warehouse on Monday and the courier expects to deliver it by Thursday afternoon at the latest.'
        ]
      })
      .ticket({
        daysAgo: 10,
        said: ['My card was declined.'],
        agentReplies: [
          'The bank declined the card because the billing address did not match; updating it in your profile will fix the payment.'
        ]
      })
      .current({})
      .build()
    expect(standardizedReplies(requesterTimeline(built, now)).standardizedReplies).toBe(false)
  })

  it('ignores short replies, the requester’s own repeated words, and repeats within one ticket', () => {
    const built = history()
      .ticket({ daysAgo: 20, said: [macro('#1')], agentReplies: ['Thanks!'] })
      .ticket({ daysAgo: 10, said: [macro('#2')], agentReplies: ['Thanks!'] })
      .current({ agentReplies: [macro('#3'), macro('#4')] })
      .build()
    expect(standardizedReplies(requesterTimeline(built, now))).toEqual({
      standardizedReplies: false,
      standardizedReplyTickets: 0
    })
  })

  it('finds nothing in a history without comments', () => {
    const built = history().ticket({ daysAgo: 5 }).current({}).build()
    expect(standardizedReplies(requesterTimeline(built, now)).standardizedReplyTickets).toBe(0)
  })

  it('compares macros without their links and addresses, dropping a token that holds an address whole', () => {
    const withContacts = (contact: string) =>
      `${macro('#1')} Write to ${contact} or see https://help.example.com/articles/${contact.length} for more.`
    const built = history()
      .ticket({ daysAgo: 20, said: ['Where is my order?'], agentReplies: [withContacts('ana@example.com')] })
      .ticket({ daysAgo: 10, said: ['Still nothing.'], agentReplies: [withContacts('support-team@acme.example')] })
      .current({})
      .build()
    expect(standardizedReplies(requesterTimeline(built, now)).standardizedReplyTickets).toBe(2)
  })

  it('reads a reply that is one 4,000-character token (no "@") as too short to compare', () => {
    const built = history()
      .ticket({ daysAgo: 20, said: ['Hi'], agentReplies: ['x'.repeat(4_000)] })
      .ticket({ daysAgo: 10, said: ['Hi'], agentReplies: ['x'.repeat(4_000)] })
      .current({})
      .build()
    expect(standardizedReplies(requesterTimeline(built, now))).toEqual({
      standardizedReplies: false,
      standardizedReplyTickets: 0
    })
  })
})
