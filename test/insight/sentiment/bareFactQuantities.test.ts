import { describe, expect, it } from 'vitest'
import { readSentiment } from '../../../src/insight/sentiment/readSentiment'

/** The bare-fact cue a reading gives (the customer's words), or undefined. */
const bareFact = (text: string) => readSentiment(text).cues.find((cue) => cue.kind === 'bareFact')?.text

/**
 * A quantity charged for beside a smaller quantity used or received is a complaint stated as a fact
 * (lexicon/frustrationMarkers.json, bareFacts.quantityMismatch): a class of sentences, so many forms are checked,
 * and as many that only state quantities, dates, order numbers or prices.
 */
describe('bare facts: more charged for than was used or received', () => {
  it.each([
    ['We were billed 40 hours for 26 worked.', 'billed 40 hours … 26 worked'],
    ['We were invoiced for 12 seats but only have 8 users.', 'invoiced for 12 seats … have 8 users'],
    ['Paid for 3 nights, stayed 2.', 'paid for 3 nights … stayed 2'],
    ['Ordered 6, received 4.', 'ordered 6 … received 4'],
    ['I ordered 3 shirts and only 2 arrived.', 'ordered 3 shirts … 2 arrived'],
    ['You charged us for 10 licences although we only ever used 7.', 'charged us for 10 licences … used 7'],
    ['We only used 26 hours but were billed for 40.', 'used 26 hours … billed for 40'],
    ['I paid for three nights but stayed two.', 'paid for three nights … stayed two'],
    ['Why were we billed for 40 hours when we worked 26?', 'billed for 40 hours … worked 26'],
    ['I ordered 6 on Monday and received 4 yesterday.', 'ordered 6 … received 4'],
    ['We bought 5 tickets, only 3 of them were delivered.', 'bought 5 tickets … 3 of them were delivered'],
    ['Invoiced for 120 minutes. The call lasted 45, we used 45.', 'invoiced for 120 minutes … used 45'],
    ["We're paying for 50 seats and only use 31.", 'paying for 50 seats … use 31'],
    ['You keep charging us for 25 licences; only 18 are in use.', 'charging us for 25 licences … 18 are in use'],
    ['booked 4 rooms, got 3', 'booked 4 rooms … got 3']
  ])('%s', (text, words) => {
    expect(bareFact(text)).toBe(words)
    expect(readSentiment(text).label).toBe('negative')
  })

  it.each([
    // Plain quantities: an order, a question about seats, a count that matches.
    "I'd like to order 6 more seats.",
    'We have 8 users, can we add 4?',
    'We ordered 6 and received all 6.',
    'We paid for 10 seats and have 10 users.',
    // More given than charged for: a report (an under-billing, a spare parcel), not a complaint.
    'We were billed for 8 seats but have 12 users, please update the invoice.',
    'I ordered 1 and received 2, shall I send one back?',
    'Paid for 2 nights, can I add a third?',
    'Please add 3 seats to the 12 we have.',
    'Can I pay for 5 seats? We have 3 users now.',
    'We bought 2 more licences and now have 12.',
    'We bought an extra 3 seats last month and have 11 users.',
    // Dates, order and invoice numbers, times, years.
    'I was charged on 3 March for order 12345.',
    'I ordered 2 items on 12 May and received them on 15 May.',
    'I paid invoice 2231 and received receipt 2232.',
    'I was charged at 10:30 and received the email at 11:45.',
    'I paid in 2023 and received it in 2024.',
    // Prices, decimals and percentages.
    'I paid $40 for 2 tickets and received 2.',
    'I paid £14.80 and received 14 items.',
    'We were charged 20% more and got 2 emails about it.',
    'Paid 30 dollars and received 2 boxes, thanks!',
    // A duration that is not a use of what was charged for.
    'I was billed for 3 months and used it for 2 years.'
  ])('not: %s', (text) => {
    expect(bareFact(text)).toBeUndefined()
  })

  it('fires for every charge word, unit and word of use exactly when more was charged for than given', () => {
    const pairs: Array<[number, number]> = [
      [40, 26],
      [12, 8],
      [3, 2],
      [5, 5],
      [2, 7]
    ]
    for (const charge of ['billed', 'charged', 'invoiced', 'paid', 'ordered', 'booked']) {
      for (const unit of ['hours', 'seats', 'nights', 'items']) {
        for (const [charged, given] of pairs) {
          const before = ['used', 'received', 'have', 'stayed', 'got'].map(
            (use) => `We were ${charge} for ${charged} ${unit} but ${use} ${given}.`
          )
          const after = ['used', 'arrived', 'worked', 'were delivered'].map(
            (use) => `${charge} ${charged} ${unit}, only ${given} ${use}`
          )
          for (const text of [...before, ...after]) {
            expect(bareFact(text) !== undefined, text).toBe(charged > given)
          }
        }
      }
    }
  })

  it('is one cue with money taken for nothing, not two', () => {
    const cues = readSentiment('I paid for 3 nights and never received the 2 vouchers.').cues
    expect(cues.filter((cue) => cue.kind === 'bareFact')).toHaveLength(1)
  })
})
