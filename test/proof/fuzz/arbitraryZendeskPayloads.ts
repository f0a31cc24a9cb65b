/**
 * fast-check generators for what the Zendesk REST API (or a proxy, a broken host, an attacker who controls a
 * field) can hand the data layer: documented shapes with each field sometimes missing, null, of the wrong type,
 * huge or absurd (ids beyond 2^53, dates in year 275760, cursors that loop or leave /api/v2), next to plain
 * random JSON, cut-off JSON, HTML error pages, and every HTTP failure the transport knows.
 */
import fc from 'fast-check'
import { http, type FakeAnswer } from '../../zendesk/fakes/fakeZendeskApi'

export const fuzzRequesterId = 4_200_000_000_042
export const fuzzTicketId = 4242
export const fuzzOrganizationId = 77

/** 64 KB of text or more: a pasted log, a forwarded thread, a mail loop. */
const hugeText = fc.constantFrom('a', 'Still broken!!! ', '<p>x</p>', '😡').map((unit) => unit.repeat(4_000))

const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, true, false, 0, -0, -1, 1.5, 2 ** 53 + 2, -(2 ** 63), 1e308, '', ' ', '0'),
  fc.constantFrom('NaN', 'Infinity', '__proto__', 'constructor', '{}', '[]', 'null'),
  fc.string({ maxLength: 20 }),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }),
  hugeText
)

/**
 * One of two servers: a documented one (every field its documented type) or a careless one, where each field is
 * replaced by something odd one time in five. A documented server makes loads succeed, so the engine sees what
 * the loader hands it; a careless one tries the boundary's rejections.
 */
type Field = <T>(valid: fc.Arbitrary<T>) => fc.Arbitrary<unknown>
const documented: Field = (valid) => valid
const careless: Field = (valid) => fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: oddValue })

const idPool = [fuzzTicketId, 1, 2, 3, 2_147_483_648, 9_007_199_254_740_991]
const ticketId = fc.oneof(fc.constantFrom(...idPool), fc.integer({ min: 1, max: 50 }))

const isoDate = fc
  .integer({ min: -4_000, max: 10 })
  .map((days) => new Date(Date.now() + days * 86_400_000).toISOString())

/** A careless server's dates: mostly real, sometimes unreadable, out of range, or without a time. */
const anyDate = fc.oneof(
  { weight: 8, arbitrary: isoDate },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '',
      'yesterday',
      '2024-13-45T99:00:00Z',
      '0000-01-01T00:00:00Z',
      '+275760-09-13T00:00:00.000Z',
      '1970-01-01T00:00:00Z',
      '9999-12-31T23:59:59Z',
      '2025-06-01'
    )
  }
)

const text = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom('Billing again', 'Thanks!', 'NOTHING WORKS', 'Hola, gracias', '') },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: hugeText }
)

const tags = fc.array(fc.oneof(fc.constantFrom('vip', 'premium', 'billing', ''), fc.string({ maxLength: 12 })), {
  maxLength: 5
})

const customFields = fc.dictionary(
  fc.constantFrom('plan', 'tier', '__proto__', 'constructor', 'seats'),
  fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string())),
  { maxKeys: 4 }
)

/** The documented response bodies, each field drawn through `field` (documented or careless). */
function payloads(field: Field) {
  // A careless server also leaves fields out altogether.
  const record = <T extends Record<string, fc.Arbitrary<unknown>>>(shape: T) =>
    field === documented ? fc.record(shape) : fc.record(shape, { requiredKeys: [] })
  const timestamp = field === documented ? isoDate : anyDate
  const user = record({
    id: field(fc.constantFrom(fuzzRequesterId, fuzzRequesterId, 5, 6)),
    name: field(text),
    email: field(fc.constantFrom('maria@example.com', 'not-an-email', '')),
    created_at: field(timestamp),
    tags: field(tags),
    user_fields: field(customFields),
    organization_id: field(fc.constantFrom(fuzzOrganizationId, null, 78)),
    locale: field(fc.constantFrom('en-US', 'es', 'pt-BR', 'xx')),
    active: field(fc.boolean()),
    role: field(fc.constantFrom('end-user', 'agent'))
  })

  const organization = record({
    id: field(fc.constantFrom(fuzzOrganizationId, 78)),
    name: field(text),
    created_at: field(timestamp),
    tags: field(tags),
    organization_fields: field(customFields)
  })

  const ticket = record({
    id: field(ticketId),
    subject: field(text),
    description: field(text),
    status: field(fc.constantFrom('new', 'open', 'pending', 'hold', 'solved', 'closed', 'deleted', 'OPEN')),
    created_at: field(timestamp),
    updated_at: field(timestamp),
    tags: field(tags),
    satisfaction_rating: field(
      fc.oneof(
        fc.constant(null),
        record({ score: field(fc.constantFrom('good', 'bad', 'offered', 'unoffered', 'good_with_comment', '?')) })
      )
    ),
    via: field(record({ channel: field(fc.constantFrom('email', 'web', 'api', 4)) })),
    requester_id: field(fc.constantFrom(fuzzRequesterId, 5)),
    organization_id: field(fc.constantFrom(fuzzOrganizationId, null))
  })

  const metricSet = record({
    ticket_id: field(ticketId),
    reopens: field(fc.integer({ min: -2, max: 9 })),
    replies: field(fc.nat(20))
  })

  const comment = record({
    id: field(fc.nat()),
    author_id: field(fc.constantFrom(fuzzRequesterId, 501)),
    body: field(text),
    html_body: field(fc.oneof(text, fc.constant('<script>alert(1)</script><p onclick="x()">hi</p>'))),
    plain_body: field(text),
    public: field(fc.boolean()),
    created_at: field(timestamp)
  })

  /** `links.next` as Zendesk writes it, or one that loops, points off the API, or is not a URL at all. */
  const nextLink = (path: string) =>
    fc.oneof(
      fc.nat(40).map((page) => `https://acme.zendesk.com${path}?page[size]=100&page[after]=c${page}`),
      fc.constantFrom(
        `https://acme.zendesk.com${path}?page[size]=100`,
        `${path}?page[after]=relative`,
        'https://evil.example/steal?x=1',
        'javascript:alert(1)',
        'not a url',
        ''
      )
    )

  const pagination = (path: string) =>
    record({
      meta: field(record({ has_more: field(fc.boolean()) })),
      links: field(record({ next: field(nextLink(path)) })),
      next_page: field(nextLink(path))
    })

  const list = <T>(item: fc.Arbitrary<T>, maxLength: number) => field(fc.array(item, { maxLength }))

  const ticketsPagePayload = fc
    .tuple(
      record({
        tickets: list(ticket, 25),
        users: list(user, 3),
        organizations: list(organization, 2),
        metric_sets: list(metricSet, 10)
      }),
      pagination(`/api/v2/users/${fuzzRequesterId}/tickets/requested.json`)
    )
    .map(([body, links]) => ({ ...body, ...links }))

  const commentsPagePayload = fc
    .tuple(record({ comments: list(comment, 8) }), pagination('/api/v2/tickets/1/comments.json'))
    .map(([body, links]) => ({ ...body, ...links }))

  const userPayload = record({ user: field(user), organizations: list(organization, 2) })
  const organizationPayload = record({ organization: field(organization) })
  const relatedPayload = record({
    user_related: field(record({ requested_tickets: field(fc.integer({ min: -5, max: 100_000 })) }))
  })
  return { ticketsPagePayload, commentsPagePayload, userPayload, organizationPayload, relatedPayload }
}

/** A 200 whose body is a shaped payload, random JSON, or not JSON at all. */
function okAnswer(shaped: fc.Arbitrary<unknown>): fc.Arbitrary<FakeAnswer> {
  return fc.oneof(
    { weight: 12, arbitrary: shaped.map((body) => http(200, body)) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((body) => http(200, body)) },
    {
      weight: 1,
      arbitrary: shaped.map((body) => {
        const json = JSON.stringify(body)
        return http(200, json.slice(0, Math.floor(json.length / 2)))
      })
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom('', '<html><body>Bad gateway</body></html>', 'null', '"x"').map((t) => http(200, t))
    }
  )
}

const failedAnswer: fc.Arbitrary<FakeAnswer> = fc.oneof(
  fc
    .constantFrom('1', '0', '30', '3600', 'soon', '', '-5', 'Wed, 21 Oct 2015 07:28:00 GMT')
    .map((retryAfter) => http(429, { error: 'TooManyRequests' }, { 'retry-after': retryAfter })),
  fc.constantFrom(400, 401, 403, 404, 409, 422, 500, 502, 503, 504).map((status) => http(status, { error: 'Error' })),
  fc.constant<FakeAnswer>({ kind: 'hang' }),
  fc.constant<FakeAnswer>({ kind: 'networkError' })
)

const answers = (shaped: fc.Arbitrary<unknown>, minLength: number) =>
  fc.array(fc.oneof({ weight: 3, arbitrary: okAnswer(shaped) }, { weight: 1, arbitrary: failedAnswer }), {
    minLength,
    maxLength: 4
  })

/** What each endpoint answers, in order, for one sidebar load (after those, the fake API's own 404s). */
export interface ZendeskScenario {
  ticketPages: FakeAnswer[]
  users: FakeAnswer[]
  organizations: FakeAnswer[]
  comments: FakeAnswer[]
  /** The requester's lifetime counts (`/users/{id}/related.json`). */
  related: FakeAnswer[]
}

function scenarioFrom(field: Field): fc.Arbitrary<ZendeskScenario> {
  const shapes = payloads(field)
  return fc.record({
    ticketPages: answers(shapes.ticketsPagePayload, 1),
    users: answers(shapes.userPayload, 0),
    organizations: answers(shapes.organizationPayload, 0),
    comments: answers(shapes.commentsPagePayload, 0),
    related: answers(shapes.relatedPayload, 0)
  })
}

export const arbitraryZendeskScenario: fc.Arbitrary<ZendeskScenario> = fc.oneof(
  scenarioFrom(documented),
  scenarioFrom(careless)
)

/** Every body of a scenario that a parser could be handed, parsed as JSON where it is JSON. */
export function scenarioBodies(scenario: ZendeskScenario): unknown[] {
  return Object.values(scenario)
    .flat()
    .flatMap((answer: FakeAnswer) => {
      if (answer.kind !== 'http') return []
      try {
        return [JSON.parse(answer.body) as unknown]
      } catch {
        return [answer.body]
      }
    })
}

/** App settings as ZAF metadata may carry them: numbers, strings in any notation, junk. */
export const arbitraryRawSettings: fc.Arbitrary<Record<string, unknown>> = fc.dictionary(
  fc.constantFrom(
    'frustratedAlertThreshold',
    'delightedAlertThreshold',
    'repeatContactWindowDays',
    'earlyContactCount',
    'longTenureMonths',
    'highTierTags',
    'moderateTierTags',
    'tierFieldKey',
    'highTierFieldValues',
    'moderateTierFieldValues',
    'moderateEngagementTickets',
    'lookbackMonths',
    'maxTickets',
    'recentTicketsWithComments',
    'cacheMinutes'
  ),
  fc.oneof(
    fc.double(),
    fc.integer(),
    fc.constantFrom('−0,4', '1,000', '0,125', ' 12 ', '1e3', '0x10', 'abc', '', 'premium, VIP ,,'),
    fc.string({ maxLength: 20 }),
    oddValue
  )
)
