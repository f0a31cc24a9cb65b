/**
 * fast-check generators for requester histories and settings: real-looking and hostile text (English,
 * Spanish, emoji, HTML, huge, empty), unreadable dates, duplicate ids, missing metric sets, comments by the
 * requester and by agents, and any admin settings within their allowed ranges.
 */
import fc from 'fast-check'
import { defaultInsightSettings, insightSettingLimits, type InsightSettings } from '../../src/insight/insightSettings'
import {
  type HistoryTicket,
  type RequesterHistory,
  type TicketComment,
  windowOnlyCoverage
} from '../../src/insight/requesterHistory'
import { now } from './historyBuilder'

const requesterId = 7
const dayMs = 86_400_000
const tagPool = ['billing', 'sso', 'import', 'premium', 'enterprise', 'plus', 'web', 'vip', 'Billing', 'acme_org']
const textPool = [
  '',
  'Thanks so much, this is perfect!',
  'This is the third time I write about this. Still broken!!!',
  'I want to cancel my subscription and get a refund.',
  'Could you tell me where to find the export button?',
  'NOTHING WORKS. I AM DONE.',
  'Hola, la factura está mal y nadie me responde.',
  '¡Muchas gracias por la ayuda! 😀',
  '😡😡😡',
  ':) :( <3',
  '<p>Hello <b>team</b></p><blockquote>On Monday, Support wrote: fixed</blockquote>',
  'Great.\n\nOn Tue, 3 Jun 2025, Support <help@acme.test> wrote:\n> Is it fixed?',
  'Thank you for contacting us. Your request has been received and a member of our team will reply within two business days.',
  '请帮助我，我的账户无法登录',
  'Still waiting for 3 weeks. Unacceptable.'
]

const text = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...textPool) },
  { weight: 2, arbitrary: fc.string({ maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom(...textPool).map((line) => `${line} `.repeat(3_000)) }
)

/** Days before `now` (a few in the future), or a string that is not a date at all. */
const date = fc.oneof(
  {
    weight: 9,
    arbitrary: fc.integer({ min: -3, max: 2_500 }).map((days) => new Date(now.getTime() - days * dayMs).toISOString())
  },
  { weight: 1, arbitrary: fc.constantFrom('', 'not a date', '2024-13-45T99:00:00Z') }
)

const comment: fc.Arbitrary<TicketComment> = fc.record({
  id: fc.nat(),
  authorId: fc.constantFrom(requesterId, requesterId, 501, 502),
  body: text,
  htmlBody: fc.option(text, { nil: null }),
  public: fc.boolean(),
  createdAt: date
})

const ticket: fc.Arbitrary<HistoryTicket> = fc.record({
  id: fc.integer({ min: 1, max: 40 }),
  subject: fc.oneof(text, fc.constantFrom('Billing question', 'Invoice wrong', 'SSO login fails', 'Import error')),
  description: text,
  status: fc.constantFrom('new', 'open', 'pending', 'hold', 'solved', 'closed'),
  createdAt: date,
  updatedAt: date,
  tags: fc.uniqueArray(fc.constantFrom(...tagPool), { maxLength: 3 }),
  satisfaction: fc.constantFrom('good', 'bad', 'offered', 'unoffered', 'none'),
  reopens: fc.option(fc.integer({ min: -1, max: 6 }), { nil: null }),
  replies: fc.option(fc.nat(10), { nil: null }),
  channel: fc.constantFrom('email', 'web', 'api'),
  comments: fc.option(fc.array(comment, { maxLength: 6 }), { nil: null })
})

const fields = fc.dictionary(
  fc.constantFrom('plan', 'tier', 'region'),
  fc.oneof(fc.constantFrom('enterprise', 'Premium', 'business', 'free'), fc.integer(), fc.boolean(), fc.constant(null))
)

export const arbitraryHistory: fc.Arbitrary<RequesterHistory> = fc
  .record({
    requester: fc.record({
      id: fc.constant(requesterId),
      name: fc.oneof(fc.constantFrom('Maria Lopez', '', 'Ærøskøbing 🙂'), fc.string({ maxLength: 300 })),
      email: fc.option(fc.constant('maria@example.com'), { nil: null }),
      createdAt: date,
      tags: fc.uniqueArray(fc.constantFrom(...tagPool), { maxLength: 3 }),
      fields,
      organizationId: fc.option(fc.nat(), { nil: null }),
      locale: fc.option(fc.constantFrom('en-US', 'es', 'pt-BR', 'de', ''), { nil: null })
    }),
    organization: fc.option(
      fc.record({
        id: fc.nat(),
        name: text,
        createdAt: date,
        tags: fc.uniqueArray(fc.constantFrom(...tagPool), { maxLength: 3 }),
        fields
      }),
      { nil: null }
    ),
    tickets: fc.array(ticket, { maxLength: 30 }),
    pick: fc.nat(),
    partial: fc.boolean(),
    coverage: fc.oneof(
      fc.constant(windowOnlyCoverage(24)),
      fc.record({
        lifetimeTicketCount: fc.option(fc.nat(400), { nil: null }),
        lookbackMonths: fc.integer({ min: 1, max: 60 }),
        cappedAtMaxTickets: fc.boolean(),
        unreadableRecords: fc.constant(0),
        implausibleDates: fc.constant(0)
      })
    )
  })
  .map(({ pick, tickets, ...rest }) => ({
    ...rest,
    tickets,
    // Usually a ticket in the history; sometimes an id that is not there.
    currentTicketId: tickets.length > 0 && pick % 10 !== 0 ? tickets[pick % tickets.length]!.id : pick
  }))

const limit = (name: keyof typeof insightSettingLimits) => {
  const { min, max, integer } = insightSettingLimits[name]
  return integer ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true })
}

export const arbitrarySettings: fc.Arbitrary<InsightSettings> = fc
  .record({
    frustratedAlertThreshold: limit('frustratedAlertThreshold'),
    delightedAlertThreshold: limit('delightedAlertThreshold'),
    repeatContactWindowDays: limit('repeatContactWindowDays'),
    earlyContactCount: limit('earlyContactCount'),
    longTenureMonths: limit('longTenureMonths'),
    moderateEngagementTickets: limit('moderateEngagementTickets'),
    highTierTags: fc.uniqueArray(fc.constantFrom(...tagPool, ''), { maxLength: 3 }),
    tierFieldKey: fc.constantFrom('plan', '', 'tier')
  })
  .map(({ moderateEngagementTickets, highTierTags, tierFieldKey, ...thresholds }) => ({
    ...thresholds,
    tiers: { ...defaultInsightSettings.tiers, moderateEngagementTickets, highTierTags, tierFieldKey }
  }))
