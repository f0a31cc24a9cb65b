import { marco } from '../agents'
import type { AuthoredStory, AuthoredTicket } from '../storyTypes'
import { resolvedTicket } from '../ticketTemplates'

/**
 * An agent opens a closed ticket from over a year ago. Back then the requester was delighted; since then nine
 * tickets about a failing sync turned sour. The sidebar must read the relationship as of that ticket (five tickets,
 * a happy customer, nothing after it used as its past), say so, and add one line on how things stand today.
 */
const laterComplaints = [
  'The calendar sync stopped working again this morning.',
  'Sync is still broken. This is getting really frustrating.',
  'Third time this month the sync fails. Nobody seems to care.',
  'Still broken. We are losing bookings because of this.',
  'The sync failed again overnight. This is unacceptable.',
  'Again no sync. I am honestly fed up.',
  'Sync broken for the whole team today.',
  'It failed again. Is anyone looking at this?',
  'Still not fixed after weeks. Very disappointed.'
]

const later: AuthoredTicket[] = laterComplaints.map((complaint, index) =>
  resolvedTicket({
    id: 2206 + index,
    daysAgo: 330 - index * 33,
    subject: 'Calendar sync failing',
    tags: ['sync'],
    ask: complaint,
    answer: 'Sorry about this. We restarted the sync job; it should run again now.',
    rating: index % 3 === 2 ? { score: 'bad' } : null
  })
)

export const closedPastTicket: AuthoredStory = {
  id: 'closed-past-ticket',
  title: 'A closed ticket from over a year ago (as of that ticket)',
  expectedInsight:
    'Opened on a closed ticket from over a year ago, when Tomasz was delighted: the sidebar shows the ' +
    'relationship as of that ticket (5 tickets then, greeting "Tom"), says so, and adds one line for today ' +
    '(9 more tickets since, the tone sliding).',
  expectedPatterns: [],
  expectedState: 'insight',
  expectedTicketFacts: '5 tickets',
  expectedAsOf: true,
  requester: {
    id: 3_620_000_951,
    name: 'Tomasz "Tom" Wróbel',
    email: 'tomasz.wrobel@kalendo.example',
    createdDaysAgo: 1_150,
    locale: 'en-GB',
    tags: [],
    userFields: {}
  },
  organization: null,
  agentId: marco,
  currentTicketId: 2205,
  tickets: [
    ...[720, 690, 660, 630].map((daysAgo, index) =>
      resolvedTicket({
        id: 2201 + index,
        daysAgo,
        subject: ['Importing contacts', 'Adding a second calendar', 'Time zones', 'Booking page colours'][index]!,
        tags: ['setup'],
        ask: 'Hi, a quick question about the setup: where do I find this setting?',
        answer: 'It is under Settings → Calendars. Let us know if anything else comes up.',
        thanks: 'Thanks, found it!',
        rating: { score: 'good' }
      })
    ),
    resolvedTicket({
      id: 2205,
      daysAgo: 600,
      subject: 'The new booking page',
      tags: ['booking'],
      ask: 'The new booking page is fantastic, our clients love it. You folks are wonderful — thank you so much!',
      answer: 'That is lovely to hear, thank you Tom!',
      rating: { score: 'good' },
      status: 'closed'
    }),
    ...later
  ]
}
