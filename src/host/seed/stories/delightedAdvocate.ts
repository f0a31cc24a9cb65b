import { dana } from '../agents'
import { emailReply } from '../emailReply'
import type { AuthoredStory } from '../storyTypes'
import { resolvedTicket } from '../ticketTemplates'

const currentMessage = emailReply({
  greeting: 'Hi Dana!',
  paragraphs: [
    'Just wanted to say the new route planner is fantastic — our drivers saved almost an hour a day this week. ' +
      'You folks are amazing. 🙌',
    'One small question: can we export the optimized routes as a PDF for the drivers who prefer paper? ' +
      'Happy to test a beta if there is one!'
  ],
  signOff: 'Thanks again,',
  signature: ['Aisha Rahman', 'Fleet Manager, Greenleaf Grocers']
})

export const delightedAdvocate: AuthoredStory = {
  id: 'delighted-advocate',
  title: 'Delighted advocate',
  expectedInsight:
    'Two years, eight tickets, every rating good and warm words throughout, praising the product today: ' +
    'delighted advocate; thank her and invite her to share feedback or a beta.',
  expectedPatterns: ['delightedAdvocate'],
  expectedState: 'insight',
  requester: {
    id: 3_620_000_301,
    name: 'Aisha Rahman',
    email: 'aisha.rahman@greenleaf-grocers.example',
    createdDaysAgo: 740,
    locale: 'en-GB',
    tags: ['beta-tester'],
    userFields: { job_title: 'Fleet Manager' }
  },
  organization: {
    id: 3_600_000_301,
    name: 'Greenleaf Grocers',
    createdDaysAgo: 760,
    tags: ['plus', 'retail'],
    fields: { plan: 'professional', region: 'UK' },
    domains: ['greenleaf-grocers.example']
  },
  agentId: dana,
  currentTicketId: 1308,
  tickets: [
    resolvedTicket({
      id: 1301,
      daysAgo: 720,
      subject: 'Getting started with route planning',
      tags: ['onboarding', 'routes'],
      ask: 'Hello! We are excited to start. Could you point us to the route planning basics?',
      answer: 'Welcome! Here is the route planning guide and a short video.',
      thanks: 'Brilliant, thank you — super helpful!',
      rating: { score: 'good', comment: 'Lovely onboarding.' }
    }),
    resolvedTicket({
      id: 1302,
      daysAgo: 610,
      subject: 'Driver app login',
      tags: ['mobile', 'login'],
      ask: 'One of our drivers cannot log in to the app. Could you help?',
      answer: 'His account was locked after too many attempts; I unlocked it.',
      thanks: 'Sorted, thanks so much!',
      rating: { score: 'good' }
    }),
    resolvedTicket({
      id: 1303,
      daysAgo: 500,
      subject: 'Feature idea: delivery windows',
      tags: ['feature-request'],
      ask: 'Love the product! An idea: customers choosing their own delivery window would be amazing.',
      answer: 'What a great idea — I passed it to our product team, and they loved it too.',
      rating: { score: 'good', comment: 'They actually listen!' }
    }),
    resolvedTicket({
      id: 1304,
      daysAgo: 410,
      subject: 'Adding a second depot',
      tags: ['account', 'depots'],
      ask: 'We are opening a second depot. How do we add it?',
      answer: 'Settings → Depots → Add. I pre-filled the address from your email.',
      thanks: 'You are the best, thank you!',
      rating: { score: 'good' }
    }),
    resolvedTicket({
      id: 1305,
      daysAgo: 300,
      subject: 'Beta invitation: delivery windows',
      tags: ['beta', 'feature-request'],
      ask: 'Thank you for the beta invite! Delivery windows work great so far, our customers love them.',
      answer: 'So glad to hear it! Your feedback shaped this feature.',
      rating: { score: 'good', comment: 'Wonderful team.' }
    }),
    resolvedTicket({
      id: 1306,
      daysAgo: 190,
      subject: 'Invoice copy for our accountant',
      tags: ['billing'],
      ask: 'Could you send a copy of last quarter’s invoices to our accountant? Thanks a lot!',
      answer: 'Sent — she should have them in her inbox now.',
      rating: { score: 'good' }
    }),
    resolvedTicket({
      id: 1307,
      daysAgo: 75,
      subject: 'Case study interview',
      tags: ['advocacy', 'case-study'],
      ask: 'We would be happy to do the case study interview you mentioned. Just tell us when!',
      answer: 'Fantastic, thank you! Our marketing team will reach out to schedule it.',
      thanks: 'Great, looking forward to it.',
      rating: { score: 'good', comment: 'Always a pleasure.' }
    }),
    {
      id: 1308,
      daysAgo: 1,
      subject: 'Route planner is fantastic + PDF export question',
      status: 'open',
      tags: ['routes', 'feature-request', 'praise'],
      channel: 'email',
      rating: { score: 'unoffered' },
      comments: [{ from: 'requester', hour: 0, text: currentMessage.text, html: currentMessage.html }]
    }
  ]
}
