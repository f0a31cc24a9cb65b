import { dana } from '../agents'
import type { AuthoredStory, AuthoredTicket } from '../storyTypes'
import { resolvedTicket } from '../ticketTemplates'

/**
 * A customer of six years with 250 tickets, generated: 185 in the first four years and 65 in the last two, so the
 * default 24-month lookback reads 65 of them. The sidebar must say both: "250 tickets · 65 in the last 24 months
 * read" (the lifetime count from users/{id}/related.json, the window it analysed), never "65 tickets" as if that
 * were the whole relationship.
 */
const topics = [
  { subject: 'Adding a driver account', tags: ['accounts'], ask: 'Could you add a driver account for our new hire?' },
  {
    subject: 'Route export format',
    tags: ['routes'],
    ask: 'Which format does the route export use for the GPS units?'
  },
  { subject: 'Invoice copy', tags: ['billing'], ask: 'Please send a copy of last month’s invoice to accounts.' },
  { subject: 'Depot opening hours', tags: ['depots'], ask: 'How do we change the opening hours of the north depot?' },
  { subject: 'Report schedule', tags: ['reports'], ask: 'Can the weekly report arrive on Mondays instead of Fridays?' }
]

const olderTickets = 185
const recentTickets = 65
const firstDayAgo = 2_190
const recentFrom = 720

function generatedTicket(index: number): AuthoredTicket {
  // Oldest first: the first 185 spread over days 2190…735, the last 65 over days 720…11.
  const daysAgo =
    index < olderTickets
      ? Math.round(firstDayAgo - (index * (firstDayAgo - recentFrom - 15)) / (olderTickets - 1))
      : Math.round(recentFrom - ((index - olderTickets) * (recentFrom - 11)) / (recentTickets - 1))
  const topic = topics[index % topics.length]!
  return resolvedTicket({
    id: 1901 + index,
    daysAgo,
    subject: topic.subject,
    tags: topic.tags,
    ask: `Hello, ${topic.ask} Thanks, Lena`,
    answer: 'Done — it is set up now. Let us know if anything else comes up.',
    thanks: index % 4 === 0 ? 'Thanks, that works.' : undefined,
    rating: index % 3 === 0 ? { score: 'good' } : index % 3 === 1 ? { score: 'unoffered' } : null
  })
}

const generated = Array.from({ length: olderTickets + recentTickets - 1 }, (_, index) => generatedTicket(index))

export const longStandingCustomer: AuthoredStory = {
  id: 'long-standing-customer',
  title: 'Six years, 250 tickets (a generated long history)',
  expectedInsight:
    'A customer since six years ago with 250 tickets, 65 of them in the 24-month lookback: the header shows the ' +
    'lifetime count and the window read ("250 tickets · 65 in the last 24 months read"); hints never call 65 ' +
    'the relationship so far.',
  expectedPatterns: [],
  expectedState: 'insight',
  expectedTicketFacts: '250 tickets · 65 in the last 24 months read',
  requester: {
    id: 3_620_000_901,
    name: 'Lena Hoffmann',
    email: 'lena.hoffmann@nordpost-logistik.example',
    createdDaysAgo: 2_200,
    locale: 'en-GB',
    tags: ['operations'],
    userFields: { job_title: 'Operations Lead' }
  },
  organization: {
    id: 3_600_000_901,
    name: 'Nordpost Logistik',
    createdDaysAgo: 2_250,
    tags: ['business', 'logistics'],
    fields: { plan: 'business', region: 'DE' },
    domains: ['nordpost-logistik.example']
  },
  agentId: dana,
  currentTicketId: 2150,
  tickets: [
    ...generated,
    {
      id: 2150,
      daysAgo: 0,
      subject: 'New depot in Leipzig',
      status: 'open',
      tags: ['depots'],
      channel: 'email',
      rating: null,
      comments: [
        {
          from: 'requester',
          hour: 0,
          text:
            'Hello, we are opening a new depot in Leipzig next month. Could you set it up in the planner with ' +
            'the same routes as Dresden? Thanks, Lena'
        }
      ]
    }
  ]
}
