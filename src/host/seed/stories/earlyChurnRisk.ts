import { dana, sam } from '../agents'
import { emailReply } from '../emailReply'
import type { AuthoredStory } from '../storyTypes'

/** The macro every reply used: the "standardized replies" signal behind the early churn risk. */
const macroReply =
  'Hi Tom,\n\nThanks for reaching out! Please have a look at our Getting Started guide, which covers this ' +
  'topic step by step: https://help.rapport-demo.example/getting-started\n\nLet us know if you have any other ' +
  'questions!\n\nThe Support Team'

const currentMessage = emailReply({
  greeting: 'Hi,',
  paragraphs: [
    'Third ticket in three weeks and I keep getting the same link to the Getting Started guide. I have read it. ' +
      'Twice. The calendar sync still duplicates every booking and my clients are getting double reminders.',
    'We are still in our first month and I am seriously wondering whether we made the right choice. ' +
      'Can someone please actually read what I wrote?'
  ],
  signOff: 'Tom',
  signature: ['Tom Becker — Founder, Brightpath Studio', 'www.brightpath-studio.example'],
  quoted: { header: 'On Wed, The Support Team <support@rapport-demo.example> wrote:', text: macroReply }
})

export const earlyChurnRisk: AuthoredStory = {
  id: 'early-churn-risk',
  title: 'New customer, three contacts in the first month',
  expectedInsight:
    'Customer for 24 days with three tickets already, all answered with the same macro, tone sliding from ' +
    'neutral to negative: early churn risk; acknowledge the repeat contact and answer personally.',
  expectedPatterns: ['earlyChurnRisk', 'newCustomer'],
  expectedState: 'insight',
  requester: {
    id: 3_620_000_201,
    name: 'Tom Becker',
    email: 'tom@brightpath-studio.example',
    createdDaysAgo: 24,
    locale: 'en-US',
    tags: ['trial-converted'],
    userFields: { job_title: 'Founder' }
  },
  organization: {
    id: 3_600_000_201,
    name: 'Brightpath Studio',
    createdDaysAgo: 24,
    tags: ['starter'],
    fields: { plan: 'starter', region: 'NA' },
    domains: ['brightpath-studio.example']
  },
  agentId: sam,
  currentTicketId: 1203,
  tickets: [
    {
      id: 1201,
      daysAgo: 21,
      subject: 'Calendar sync creates duplicate bookings',
      status: 'solved',
      tags: ['calendar', 'sync'],
      channel: 'web',
      rating: { score: 'offered' },
      comments: [
        {
          from: 'requester',
          hour: 0,
          text: 'Hello, we connected our Google Calendar yesterday and every booking now shows up twice. How do we fix this?'
        },
        { from: 'agent', hour: 5, text: macroReply }
      ]
    },
    {
      id: 1202,
      daysAgo: 13,
      subject: 'Duplicate bookings still happening',
      status: 'solved',
      tags: ['calendar', 'sync'],
      channel: 'web',
      rating: { score: 'bad', comment: 'Got a link instead of an answer.' },
      reopens: 1,
      comments: [
        {
          from: 'requester',
          hour: 0,
          text: 'The duplicates are still there. I followed the guide but nothing changed. Is there a setting I am missing?'
        },
        { from: 'agent', hour: 8, text: macroReply, agentId: dana },
        { from: 'requester', hour: 80, text: 'Still not fixed. Reopening this.' },
        { from: 'agent', hour: 90, text: macroReply }
      ]
    },
    {
      id: 1203,
      daysAgo: 2,
      subject: 'Still duplicate bookings after three weeks',
      status: 'open',
      tags: ['calendar', 'sync', 'urgent'],
      channel: 'email',
      rating: { score: 'unoffered' },
      comments: [{ from: 'requester', hour: 0, text: currentMessage.text, html: currentMessage.html }]
    }
  ]
}
