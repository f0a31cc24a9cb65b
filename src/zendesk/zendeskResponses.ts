/**
 * Zendesk REST response shapes, checked at the boundary. Unknown fields are dropped, missing optional fields get
 * defaults, and a wrong type fails the parse (the loader reports `malformed`) instead of crashing later.
 * Shapes follow the Zendesk API reference: Users, Organizations, Tickets (with `include` side-loads), Ticket
 * Metrics, Ticket Comments, and cursor pagination (`meta.has_more`, `links.next`).
 */
import * as z from 'zod/mini'
import type { FieldValue } from '../insight/requesterHistory'

/**
 * Zendesk ids exceed 2^31 but stay exact in a double: anything outside positive safe integers is not an id (an id
 * above 2^53 would be rounded to another record's id), and ids arrive as JSON numbers, never as text.
 */
export const zendeskId = z.int().check(z.positive())
const id = zendeskId

const timestamp = z.string().check(z.refine((text) => !Number.isNaN(Date.parse(text)), 'not a date'))

const optionalText = z.pipe(
  z.nullish(z.string()),
  z.transform((text) => text ?? null)
)

const text = z.pipe(
  z.nullish(z.string()),
  z.transform((value) => value ?? '')
)

const tagList = z.pipe(
  z.nullish(z.array(z.string())),
  z.transform((tags) => tags ?? [])
)

/** Custom field values: multi-select values arrive as arrays and are joined; shapes Rapport cannot read become null. */
const customFields = z.pipe(
  z.nullish(z.record(z.string(), z.unknown())),
  z.transform((fields) => {
    const values: Record<string, FieldValue> = {}
    for (const [key, value] of Object.entries(fields ?? {})) values[key] = toFieldValue(value)
    return values
  })
)

function toFieldValue(value: unknown): FieldValue {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join(',')
  return null
}

/** `via.channel` is a name ("email", "web", "api"); very old records carry a number. */
const channel = z.pipe(
  z.nullish(z.object({ channel: z.nullish(z.union([z.string(), z.number()])) })),
  z.transform((via) => (via?.channel === undefined || via.channel === null ? 'unknown' : String(via.channel)))
)

export const zendeskUser = z.object({
  id,
  name: text,
  email: optionalText,
  created_at: timestamp,
  tags: tagList,
  user_fields: customFields,
  organization_id: z.pipe(
    z.nullish(id),
    z.transform((organizationId) => organizationId ?? null)
  ),
  locale: optionalText,
  active: z._default(z.boolean(), true)
})
export type ZendeskUser = z.output<typeof zendeskUser>

export const zendeskOrganization = z.object({
  id,
  name: text,
  created_at: timestamp,
  tags: tagList,
  organization_fields: customFields
})
export type ZendeskOrganization = z.output<typeof zendeskOrganization>

/**
 * `satisfaction_rating` is null or absent when CSAT was off; otherwise
 * `{ score: 'offered' | 'unoffered' | 'good' | 'bad', ... }`.
 */
const satisfactionRating = z.pipe(
  z.nullish(z.object({ score: z.nullish(z.string()) })),
  z.transform((rating) => rating?.score ?? null)
)

export const zendeskTicket = z.object({
  id,
  subject: text,
  description: text,
  status: z.string(),
  created_at: timestamp,
  updated_at: timestamp,
  tags: tagList,
  satisfaction_rating: satisfactionRating,
  via: channel,
  requester_id: z.nullish(id)
})
export type ZendeskTicket = z.output<typeof zendeskTicket>

/** A side-loaded ticket metric set (`include=metric_sets`); only the counters Rapport reads. */
export const zendeskTicketMetrics = z.object({
  ticket_id: id,
  reopens: z.nullish(z.int()),
  replies: z.nullish(z.int())
})
export type ZendeskTicketMetrics = z.output<typeof zendeskTicketMetrics>

export const zendeskComment = z.object({
  id,
  author_id: id,
  body: z.nullish(z.string()),
  html_body: z.nullish(z.string()),
  plain_body: z.nullish(z.string()),
  public: z._default(z.boolean(), true),
  created_at: timestamp
})
export type ZendeskComment = z.output<typeof zendeskComment>

/**
 * Records and side-loads are read item by item (see readEach): one odd record must not sink the page. Pagination
 * fields are read by pagination.ts, which trusts them only when they are coherent.
 */
const sideLoad = z.pipe(
  z.nullish(z.array(z.unknown())),
  z.transform((items) => items ?? [])
)

export const userResponse = z.object({ user: zendeskUser, organizations: sideLoad })
export const organizationResponse = z.object({ organization: zendeskOrganization })
export const ticketsPage = z.object({
  tickets: z.array(z.unknown()),
  users: sideLoad,
  organizations: sideLoad,
  metric_sets: sideLoad
})
export type TicketsPage = z.output<typeof ticketsPage>
export const commentsPage = z.object({ comments: z.array(z.unknown()) })
export type CommentsPage = z.output<typeof commentsPage>

/** The records that parse, and how many did not. */
export function readEach<T>(items: unknown[], schema: z.ZodMiniType<T>): { records: T[]; unreadable: number } {
  const records: T[] = []
  for (const item of items) {
    const result = schema.safeParse(item)
    if (result.success) records.push(result.data)
  }
  return { records, unreadable: items.length - records.length }
}

/** The side-loaded records that parse; the rest are skipped (a side-load is a convenience, not the history). */
export function sideLoaded<T>(items: unknown[], schema: z.ZodMiniType<T>): T[] {
  return readEach(items, schema).records
}
