import { dana, sam } from '../agents'
import type { AuthoredStory } from '../storyTypes'

/** A ticket whose requester field is empty (a forwarded voicemail no one matched to a user). */
export const noRequester: AuthoredStory = {
  id: 'no-requester',
  title: 'Ticket without a requester',
  expectedInsight: 'The ticket has no requester: the sidebar shows its no-requester state instead of insight.',
  expectedPatterns: [],
  expectedState: 'noRequester',
  requester: null,
  organization: null,
  agentId: sam,
  currentTicketId: 1701,
  tickets: [
    {
      id: 1701,
      daysAgo: 0,
      subject: 'Voicemail from unknown caller',
      status: 'new',
      tags: ['voicemail'],
      channel: 'web',
      rating: null,
      comments: [
        {
          from: 'agent',
          hour: 0,
          public: false,
          text: 'Transcribed voicemail: "Hi, it is about our delivery on Friday, please call me back." No number left.'
        }
      ]
    }
  ]
}

/** A ticket whose requester was permanently deleted: the Users API answers 404 for them. */
export const deletedRequester: AuthoredStory = {
  id: 'deleted-requester',
  title: 'Requester deleted',
  expectedInsight:
    'The requester was permanently deleted: reading their record answers 404, and the sidebar says the ' +
    'requester no longer exists.',
  expectedPatterns: [],
  expectedState: 'notFound',
  requester: { absent: { id: 3_620_000_801 } },
  organization: null,
  agentId: dana,
  currentTicketId: 1801,
  tickets: [
    {
      id: 1801,
      daysAgo: 40,
      subject: 'Please delete my account',
      status: 'closed',
      tags: ['gdpr', 'deletion'],
      channel: 'email',
      rating: null,
      comments: [
        { from: 'requester', hour: 0, text: 'Please delete my account and all my data. Thank you.' },
        { from: 'agent', hour: 2, text: 'Your account and data have been deleted as requested.' }
      ]
    }
  ]
}
