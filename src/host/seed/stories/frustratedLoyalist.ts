import { dana, marco } from '../agents'
import { emailReply } from '../emailReply'
import type { AuthoredStory } from '../storyTypes'
import { resolvedTicket } from '../ticketTemplates'

const maria = {
  id: 3_620_000_101,
  name: 'Maria Keller',
  email: 'maria.keller@northwind-logistics.example',
  createdDaysAgo: 1_460,
  locale: 'en-US',
  tags: ['finance-team', 'long-term'],
  userFields: { job_title: 'Operations Lead' }
}

const signature = ['Maria Keller', 'Operations Lead | Northwind Logistics', '+49 30 5550 1234']

const thirdContact = emailReply({
  greeting: 'Hi Dana,',
  paragraphs: [
    'This is the third time this month I am writing about the invoice export. It failed AGAIN this morning and ' +
      'our month-end close is blocked. I have been waiting for a real fix for 10 days now.',
    'Honestly this is really frustrating. We have been with you for four years and I have never had to chase ' +
      'a problem like this. I need someone to actually look at our account, not another link to the help center.'
  ],
  signOff: 'Regards,',
  signature,
  quoted: {
    header: 'On Monday, Dana Whitfield <support@rapport-demo.example> wrote:',
    text:
      'Hi Maria,\n\nSorry for the trouble! The export should work again now — please clear your browser cache ' +
      'and try once more.\n\nHappy to help,\nDana'
  }
})

const secondContact = emailReply({
  greeting: 'Hello,',
  paragraphs: [
    'The invoice export is broken again. Same error as two weeks ago: "Export failed (code 502)". ' +
      'Clearing the cache did not help. Can you please escalate this?'
  ],
  signOff: 'Thanks,',
  signature,
  footer: 'Sent from my iPhone'
})

export const frustratedLoyalist: AuthoredStory = {
  id: 'frustrated-loyalist',
  title: 'Frustrated loyalist',
  expectedInsight:
    'A customer for four years, 14 mostly happy tickets with good CSAT over the last two years, then three ' +
    'contacts in 25 days about the invoice export and an angry current message: frustrated loyalist; ' +
    'acknowledge the repeat contact and her loyalty.',
  expectedPatterns: ['frustratedLoyalist'],
  expectedState: 'insight',
  requester: maria,
  organization: {
    id: 3_600_000_101,
    name: 'Northwind Logistics',
    createdDaysAgo: 1_500,
    tags: ['business', 'logistics'],
    fields: { plan: 'business', region: 'EMEA' },
    domains: ['northwind-logistics.example']
  },
  agentId: dana,
  currentTicketId: 1114,
  tickets: [
    resolvedTicket({
      id: 1101,
      daysAgo: 700,
      subject: 'Setting up our first shipping workflow',
      tags: ['onboarding'],
      ask: 'Hi! We just signed up and would like help setting up our first shipping workflow. Where do we start?',
      answer: 'Welcome aboard, Maria! Here is a step-by-step guide, and I have enabled the workflow editor for you.',
      thanks: 'Wonderful, that was exactly what we needed. Thank you so much!',
      rating: null
    }),
    resolvedTicket({
      id: 1102,
      daysAgo: 640,
      subject: 'Adding two colleagues as users',
      tags: ['account', 'users'],
      ask: 'Could you add two colleagues from our finance team to our account?',
      answer: 'Done — both invitations are on their way.',
      thanks: 'Great, thanks for the quick help!',
      rating: { score: 'good', comment: 'Fast and friendly as always.' }
    }),
    resolvedTicket({
      id: 1103,
      daysAgo: 580,
      subject: 'Question about customs documents',
      tags: ['customs', 'how-to'],
      ask: 'Do you support generating customs documents for shipments to Switzerland?',
      answer: 'Yes, customs documents are generated automatically once the destination is outside the EU.',
      rating: { score: 'good' }
    }),
    resolvedTicket({
      id: 1104,
      daysAgo: 520,
      subject: 'Label printer not detected',
      tags: ['printing', 'hardware'],
      ask: 'Our new label printer is not detected by the app. We tried two USB ports.',
      answer: 'That model needs the 2.3 driver; I sent you the download link. Let me know how it goes!',
      thanks: 'Installed the driver and it works perfectly now. Much appreciated.',
      rating: { score: 'good', comment: 'Solved in one reply.' }
    }),
    resolvedTicket({
      id: 1105,
      daysAgo: 460,
      subject: 'Invoice numbering format',
      tags: ['billing', 'invoices'],
      ask: 'Can we change the invoice numbering to include the year?',
      answer: 'Yes: Settings → Invoices → Numbering. I set it up as NW-YYYY-#### for you.',
      thanks: 'Perfect, thank you Dana!',
      rating: { score: 'good' }
    }),
    resolvedTicket({
      id: 1106,
      daysAgo: 400,
      subject: 'Annual plan renewal',
      tags: ['billing', 'renewal'],
      ask: 'Our annual plan renews next month. Could you send the quote to our finance address?',
      answer: 'The quote is on its way to finance@northwind-logistics.example.',
      rating: { score: 'good' }
    }),
    resolvedTicket({
      id: 1107,
      daysAgo: 340,
      subject: 'Tracking page shows wrong time zone',
      tags: ['tracking', 'bug'],
      ask: 'The public tracking page shows UTC instead of Berlin time. Not urgent, just confusing for customers.',
      answer: 'Good catch — it was a bug on our side and it is fixed now. Thanks for reporting it.',
      thanks: 'Confirmed, it shows the right time now. Thanks!',
      rating: { score: 'good' }
    }),
    resolvedTicket({
      id: 1108,
      daysAgo: 280,
      subject: 'Training session for new dispatchers',
      tags: ['training'],
      ask: 'We hired three new dispatchers. Could someone give them a short training session?',
      answer: 'Absolutely. I booked a 45-minute session for Thursday at 10:00.',
      thanks: 'The session was excellent, the team loved it.',
      rating: { score: 'good', comment: 'Great trainer!' }
    }),
    resolvedTicket({
      id: 1109,
      daysAgo: 220,
      subject: 'Bulk import of addresses',
      tags: ['import', 'how-to'],
      ask: 'What is the best way to import 2,000 customer addresses?',
      answer: 'Use the CSV import under Contacts; here is a template with the right columns.',
      rating: { score: 'good' }
    }),
    resolvedTicket({
      id: 1110,
      daysAgo: 160,
      subject: 'API key rotation',
      tags: ['api', 'security'],
      ask: 'Our security team asks us to rotate API keys yearly. How do we do that without downtime?',
      answer: 'Create the new key first, switch your integration, then revoke the old key. No downtime needed.',
      thanks: 'Clear and simple, thanks.',
      rating: { score: 'good' }
    }),
    resolvedTicket({
      id: 1111,
      daysAgo: 100,
      subject: 'Invoice PDF missing VAT number',
      tags: ['billing', 'invoices'],
      ask: 'Our VAT number does not appear on the invoice PDFs anymore.',
      answer: 'The VAT field had been cleared during a settings migration. I restored it and regenerated the PDFs.',
      thanks: 'All good now, thank you.',
      rating: { score: 'good' }
    }),
    {
      id: 1112,
      daysAgo: 25,
      subject: 'Invoice export fails',
      status: 'solved',
      tags: ['billing', 'invoices', 'export'],
      channel: 'email',
      rating: { score: 'good' },
      reopens: 0,
      comments: [
        {
          from: 'requester',
          hour: 0,
          text: 'Hi, the monthly invoice export fails with "Export failed (code 502)". Could you take a look?'
        },
        {
          from: 'agent',
          hour: 4,
          text: 'Hi Maria,\n\nSorry for the trouble! The export should work again now — please clear your browser cache and try once more.\n\nHappy to help,\nDana'
        },
        { from: 'requester', hour: 30, text: 'It worked this time, thanks.' }
      ]
    },
    {
      id: 1113,
      daysAgo: 12,
      subject: 'Invoice export broken again',
      status: 'solved',
      tags: ['billing', 'invoices', 'export', 'escalated'],
      channel: 'email',
      rating: { score: 'bad', comment: 'Same problem again, and the same canned answer.' },
      reopens: 1,
      comments: [
        { from: 'requester', hour: 0, text: secondContact.text, html: secondContact.html },
        {
          from: 'agent',
          hour: 6,
          agentId: marco,
          text: 'Hi Maria,\n\nSorry for the trouble! The export should work again now — please clear your browser cache and try once more.\n\nHappy to help,\nMarco'
        },
        {
          from: 'agent',
          hour: 7,
          public: false,
          text: 'Internal: second report from Northwind this month. Engineering ticket ENG-4411 is open.'
        },
        { from: 'requester', hour: 100, text: 'It failed again. Reopening.' },
        {
          from: 'agent',
          hour: 110,
          agentId: marco,
          text: 'Understood, I have escalated this to our engineering team.\n\nMarco'
        }
      ]
    },
    {
      id: 1114,
      daysAgo: 3,
      subject: 'Invoice export failing for the third time this month',
      status: 'open',
      tags: ['billing', 'invoices', 'export', 'escalated'],
      channel: 'email',
      rating: { score: 'unoffered' },
      comments: [
        { from: 'requester', hour: 0, text: thirdContact.text, html: thirdContact.html },
        {
          from: 'agent',
          hour: 1,
          public: false,
          text: 'Internal: ENG-4411 still open. Maria is one of our oldest customers — please handle with care.'
        }
      ]
    }
  ]
}
