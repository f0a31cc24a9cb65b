import { dana } from '../agents'
import type { AuthoredStory } from '../storyTypes'

export const firstTimeRequester: AuthoredStory = {
  id: 'first-time-requester',
  title: 'First-time requester, no history',
  expectedInsight:
    'Created today, no organization, this is the only ticket: no history to read; the sidebar shows its ' +
    'first-time requester state (new customer), not an error.',
  expectedPatterns: ['newCustomer'],
  expectedState: 'firstTime',
  requester: {
    id: 3_620_000_501,
    name: 'Priya Nair',
    email: 'priya.nair@mailbox.example',
    createdDaysAgo: 0,
    locale: 'en-US',
    tags: []
  },
  organization: null,
  agentId: dana,
  currentTicketId: 1501,
  tickets: [
    {
      id: 1501,
      daysAgo: 0,
      subject: 'How do I add a second pickup address?',
      status: 'new',
      tags: ['how-to'],
      channel: 'web',
      rating: null,
      comments: [
        {
          from: 'requester',
          hour: 0,
          text:
            'Hello, I just created an account for my bakery. How do I add a second pickup address for our ' +
            'new shop? Thank you!'
        }
      ]
    }
  ]
}
