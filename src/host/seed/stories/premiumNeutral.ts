import { dana } from '../agents'
import { emailReply } from '../emailReply'
import type { AuthoredStory } from '../storyTypes'
import { resolvedTicket } from '../ticketTemplates'

const disclaimer =
  'CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the addressee and may ' +
  'contain confidential information. If you have received it in error, please notify the sender and delete it.'

const currentMessage = emailReply({
  greeting: 'Hello,',
  paragraphs: [
    'Following our quarterly review, please confirm whether the audit log export can be scheduled weekly ' +
      'instead of monthly. The compliance team would like the first weekly export on Monday.',
    'The log sample from last week is attached for reference.'
  ],
  signOff: 'Kind regards,',
  signature: ['Kenji Watanabe', 'IT Service Manager', 'Helios Health Systems', disclaimer]
})

export const premiumNeutral: AuthoredStory = {
  id: 'premium-neutral',
  title: 'Premium enterprise account, neutral tone',
  expectedInsight:
    'Enterprise organization (tag premium, plan=enterprise) writing in a calm, formal tone: high-value ' +
    'customer on the high personalization tier; offer proactive follow-up and account context.',
  expectedPatterns: ['highValue'],
  expectedState: 'insight',
  requester: {
    id: 3_620_000_401,
    name: 'Kenji Watanabe',
    email: 'kenji.watanabe@helios-health.example',
    createdDaysAgo: 980,
    locale: 'en-US',
    tags: ['it-admin'],
    userFields: { job_title: 'IT Service Manager' }
  },
  organization: {
    id: 3_600_000_401,
    name: 'Helios Health Systems',
    createdDaysAgo: 1_000,
    tags: ['premium', 'healthcare', 'enterprise-support'],
    fields: { plan: 'enterprise', account_manager: 'Lena Ortiz', seats: 450, region: 'APAC' },
    domains: ['helios-health.example']
  },
  agentId: dana,
  currentTicketId: 1406,
  tickets: [
    resolvedTicket({
      id: 1401,
      daysAgo: 690,
      subject: 'SSO configuration',
      tags: ['sso', 'security'],
      ask: 'Please provide the SAML metadata for our SSO configuration.',
      answer: 'The metadata file is attached, and I enabled SSO enforcement for your domain.',
      rating: null
    }),
    resolvedTicket({
      id: 1402,
      daysAgo: 600,
      subject: 'Data residency question',
      tags: ['compliance'],
      ask: 'Please confirm in which region our data is stored.',
      answer: 'Your account is hosted in the Sydney region; the certificate is attached.',
      thanks: 'Received, thank you.',
      rating: { score: 'good' }
    }),
    resolvedTicket({
      id: 1403,
      daysAgo: 480,
      subject: 'Seat increase to 450',
      tags: ['billing', 'seats'],
      ask: 'We need to increase our seats from 400 to 450 from next month.',
      answer: 'Done; the change applies on the 1st and Lena will send the amended order form.',
      rating: { score: 'good' }
    }),
    resolvedTicket({
      id: 1404,
      daysAgo: 260,
      subject: 'Audit log retention',
      tags: ['compliance', 'audit-log'],
      ask: 'What is the retention period for audit logs on our plan?',
      answer: 'Seven years on the Enterprise plan, exportable at any time.',
      rating: { score: 'offered' }
    }),
    resolvedTicket({
      id: 1405,
      daysAgo: 90,
      subject: 'Maintenance window notification',
      tags: ['maintenance'],
      ask: 'Please notify our IT distribution list of future maintenance windows.',
      answer: 'Added it-ops@helios-health.example to the maintenance notifications.',
      rating: { score: 'good' }
    }),
    {
      id: 1406,
      daysAgo: 2,
      subject: 'Weekly audit log export',
      status: 'open',
      tags: ['compliance', 'audit-log'],
      channel: 'email',
      rating: { score: 'unoffered' },
      comments: [{ from: 'requester', hour: 0, text: currentMessage.text, html: currentMessage.html }]
    }
  ]
}
