/**
 * A B2B account for the companion: Northwind Outfitters, whose buyers write in about orders for their stores.
 * Four requesters of one organization, each with a run of solved tickets, so the organization view has people to
 * sum up and the topic model has follow-ups to count: sizing questions are followed within weeks by care
 * instructions, returns by refunds. The lead requester's open ticket is about sizing, so the sidebar's next-topic
 * hint (with the companion on) names care instructions.
 */
import { dana } from '../agents'
import type { AuthoredOrganization, AuthoredPerson, AuthoredStory, AuthoredTicket } from '../storyTypes'
import { resolvedTicket } from '../ticketTemplates'

const northwind: AuthoredOrganization = {
  id: 3_600_001_101,
  name: 'Northwind Outfitters',
  createdDaysAgo: 720,
  tags: ['business', 'retail'],
  fields: { plan: 'business', region: 'EMEA' },
  domains: ['northwind-outfitters.example']
}

const buyer = (id: number, name: string, email: string, createdDaysAgo: number): AuthoredPerson => ({
  id,
  name,
  email,
  createdDaysAgo,
  locale: 'en-US',
  tags: ['buyer']
})

const sizing = (id: number, daysAgo: number, ask: string): AuthoredTicket =>
  resolvedTicket({
    id,
    daysAgo,
    subject: 'Size chart for the new jackets',
    tags: ['sizing'],
    ask,
    answer: 'The jackets run half a size small; the chart on the product page lists chest and sleeve lengths.',
    thanks: 'Thanks, that clears it up.',
    rating: { score: 'good' }
  })

const care = (id: number, daysAgo: number, ask: string): AuthoredTicket =>
  resolvedTicket({
    id,
    daysAgo,
    subject: 'Washing the waxed cotton line',
    tags: ['care_instructions'],
    ask,
    answer: 'Waxed cotton should be sponged clean and re-waxed once a season; never machine washed.',
    rating: { score: 'good' }
  })

const returns = (id: number, daysAgo: number, ask: string): AuthoredTicket =>
  resolvedTicket({
    id,
    daysAgo,
    subject: 'Return of a damaged carton',
    tags: ['returns'],
    ask,
    answer: 'I have booked a collection for the carton; the label is attached to this ticket.',
    rating: null
  })

const refund = (id: number, daysAgo: number, ask: string, rating: 'good' | 'bad'): AuthoredTicket =>
  resolvedTicket({
    id,
    daysAgo,
    subject: 'Refund for the returned carton',
    tags: ['refund'],
    ask,
    answer: 'The refund was issued today and shows on your account within five working days.',
    rating: { score: rating }
  })

/** The lead buyer: the story the page opens. */
export const outfitterAccount: AuthoredStory = {
  id: 'outfitter-account',
  title: 'B2B account with several buyers (companion: organization view, next topics)',
  expectedInsight:
    'Buyer at Northwind Outfitters asking about sizing; with the companion on, the organization view sums up ' +
    'four buyers and the next-topic hint names care instructions.',
  expectedPatterns: [],
  expectedState: 'insight',
  requester: buyer(3_620_001_101, 'Priya Raman', 'priya.raman@northwind-outfitters.example', 600),
  organization: northwind,
  agentId: dana,
  currentTicketId: 3109,
  tickets: [
    sizing(3101, 300, 'Could you send the size chart for the new field jackets? Our stores need it for the display.'),
    care(3102, 285, 'Customers are asking how to wash the waxed cotton jackets. What should we tell them?'),
    returns(3103, 200, 'One carton of the spring delivery arrived crushed. How do we send it back?'),
    refund(3104, 185, 'We returned the crushed carton two weeks ago. When will the refund come through?', 'good'),
    {
      id: 3109,
      daysAgo: 1,
      subject: 'Sizing for the winter parkas',
      status: 'open',
      tags: ['sizing'],
      channel: 'email',
      rating: null,
      comments: [
        {
          from: 'requester',
          hour: 0,
          text: 'Hello, do the winter parkas follow the same sizing as the field jackets? We are placing the order this week.'
        }
      ]
    }
  ]
}

/** The other buyers of the account: in the dataset, not in the story switcher. */
export const outfitterColleagues: AuthoredStory[] = [
  {
    ...outfitterAccount,
    id: 'outfitter-colleague-tom',
    requester: buyer(3_620_001_102, 'Tom Becker', 'tom.becker@northwind-outfitters.example', 500),
    currentTicketId: 3114,
    tickets: [
      sizing(3111, 240, 'What sizes do the new wool trousers come in? The chart seems to be missing.'),
      care(3112, 228, 'Can the wool trousers go in the washing machine, or is it dry clean only?'),
      sizing(3113, 120, 'Is there a size chart for the children’s range as well?'),
      care(3114, 105, 'And how should the children’s rain jackets be washed?')
    ]
  },
  {
    ...outfitterAccount,
    id: 'outfitter-colleague-ines',
    requester: buyer(3_620_001_103, 'Ines Duarte', 'ines.duarte@northwind-outfitters.example', 420),
    currentTicketId: 3124,
    tickets: [
      returns(3121, 160, 'Two boxes of boots came in the wrong colour. Please arrange a return.'),
      refund(
        3122,
        140,
        'Still no refund for the boots after three weeks, and nobody has answered my last two emails. This is really frustrating.',
        'bad'
      ),
      returns(3123, 60, 'Another wrong delivery, this time the scarves. Again we need a return.'),
      refund(
        3124,
        45,
        'The refund for the scarves is late again. We are seriously reconsidering whether to keep ordering from you.',
        'bad'
      )
    ]
  },
  {
    ...outfitterAccount,
    id: 'outfitter-colleague-sven',
    requester: buyer(3_620_001_104, 'Sven Olsen', 'sven.olsen@northwind-outfitters.example', 380),
    currentTicketId: 3133,
    tickets: [
      sizing(3131, 90, 'Do the fleece vests fit true to size? We want to order the right mix for the shop.'),
      care(3132, 80, 'What temperature can the fleece vests be washed at?'),
      sizing(3133, 20, 'Are the new gloves sized in centimetres or in S, M, L?')
    ]
  }
]
