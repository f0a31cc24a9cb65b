/**
 * Zendesk REST response shapes, checked at the boundary. Unknown fields are dropped, missing optional fields get
 * defaults, and a wrong type fails the parse (the loader reports `malformed`) instead of crashing later.
 * Shapes follow the Zendesk API reference: Users, Organizations, Tickets (with `include` side-loads), Ticket
 * Metrics, Ticket Comments, and cursor pagination (`meta.has_more`, `links.next`).
 */
import * as v from 'valibot'
import type { FieldValue } from '../insight/requesterHistory'

/**
 * Zendesk ids exceed 2^31 but stay exact in a double: anything outside positive safe integers is not an id (an id
 * above 2^53 would be rounded to another record's id), and ids arrive as JSON numbers, never as text.
 */
export const zendeskId = v.pipe(v.number(), v.safeInteger(), v.minValue(1))
const id = zendeskId

const isObject = (input: unknown): input is Record<string, unknown> =>
  typeof input === 'object' && input !== null && !Array.isArray(input)

/**
 * An object with these fields; an array is not one. Valibot's `object` alone would read `[]` as an object whose
 * fields are all missing, which for a shape of optional fields (`via`, `satisfaction_rating`) parses.
 */
export const jsonObject = <Entries extends v.ObjectEntries>(entries: Entries) =>
  v.pipe(v.custom<Record<string, unknown>>(isObject), v.object(entries))

/** Custom fields are a plain object of values (not an array, nor a Date or other instance). */
const fieldRecord = v.pipe(
  v.custom<Record<string, unknown>>((input) => {
    if (!isObject(input)) return false
    const prototype: unknown = Object.getPrototypeOf(input)
    return prototype === Object.prototype || prototype === null
  }),
  v.record(v.string(), v.unknown())
)

const timestamp = v.pipe(
  v.string(),
  v.check((text) => !Number.isNaN(Date.parse(text)), 'not a date')
)

/** A missing or null field reads as the default given (`nullish` with a default also fills an absent key). */
const optionalText = v.nullish(v.string(), null)

const text = v.nullish(v.string(), '')

const tagList = v.nullish(v.array(v.string()), () => [])

/** Custom field values: multi-select values arrive as arrays and are joined; shapes Rapport cannot read become null. */
const customFields = v.pipe(
  v.nullish(fieldRecord, () => ({})),
  v.transform((fields) => {
    const values: Record<string, FieldValue> = {}
    for (const [key, value] of Object.entries(fields)) values[key] = toFieldValue(value)
    return values
  })
)

function toFieldValue(value: unknown): FieldValue {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join(',')
  return null
}

/** `via.channel` is a name ("email", "web", "api"); very old records carry a number. */
const channel = v.pipe(
  v.nullish(jsonObject({ channel: v.nullish(v.union([v.string(), v.number()])) }), () => ({})),
  v.transform((via) => (via.channel === undefined || via.channel === null ? 'unknown' : String(via.channel)))
)

export const zendeskUser = v.object({
  id,
  name: text,
  email: optionalText,
  created_at: timestamp,
  tags: tagList,
  user_fields: customFields,
  organization_id: v.nullish(id, null),
  locale: optionalText,
  active: v.optional(v.boolean(), true)
})
export type ZendeskUser = v.InferOutput<typeof zendeskUser>

export const zendeskOrganization = v.object({
  id,
  name: text,
  created_at: timestamp,
  tags: tagList,
  organization_fields: customFields
})
export type ZendeskOrganization = v.InferOutput<typeof zendeskOrganization>

/**
 * `satisfaction_rating` is null or absent when CSAT was off; otherwise
 * `{ score: 'offered' | 'unoffered' | 'good' | 'bad', ... }`.
 */
const satisfactionRating = v.pipe(
  v.nullish(jsonObject({ score: v.nullish(v.string()) }), () => ({})),
  v.transform((rating) => rating.score ?? null)
)

export const zendeskTicket = v.object({
  id,
  subject: text,
  description: text,
  status: v.string(),
  created_at: timestamp,
  updated_at: timestamp,
  tags: tagList,
  satisfaction_rating: satisfactionRating,
  via: channel,
  requester_id: v.nullish(id)
})
export type ZendeskTicket = v.InferOutput<typeof zendeskTicket>

/** A side-loaded ticket metric set (`include=metric_sets`); only the counters Rapport reads. */
export const zendeskTicketMetrics = v.object({
  ticket_id: id,
  reopens: v.nullish(v.pipe(v.number(), v.safeInteger())),
  replies: v.nullish(v.pipe(v.number(), v.safeInteger()))
})
export type ZendeskTicketMetrics = v.InferOutput<typeof zendeskTicketMetrics>

export const zendeskComment = v.object({
  id,
  author_id: id,
  body: v.nullish(v.string()),
  html_body: v.nullish(v.string()),
  plain_body: v.nullish(v.string()),
  public: v.optional(v.boolean(), true),
  created_at: timestamp
})
export type ZendeskComment = v.InferOutput<typeof zendeskComment>

/**
 * Records and side-loads are read item by item (see readEach): one odd record must not sink the page. Pagination
 * fields are read by pagination.ts, which trusts them only when they are coherent.
 */
const sideLoad = v.nullish(v.array(v.unknown()), () => [])

export const userResponse = v.object({ user: zendeskUser, organizations: sideLoad })
export const organizationResponse = v.object({ organization: zendeskOrganization })
export const ticketsPage = v.object({
  tickets: v.array(v.unknown()),
  users: sideLoad,
  organizations: sideLoad,
  metric_sets: sideLoad
})
export type TicketsPage = v.InferOutput<typeof ticketsPage>
export const commentsPage = v.object({ comments: v.array(v.unknown()) })
export type CommentsPage = v.InferOutput<typeof commentsPage>

/** The records that parse, and how many did not. */
export function readEach<T>(
  items: unknown[],
  schema: v.GenericSchema<unknown, T>
): { records: T[]; unreadable: number } {
  const records: T[] = []
  for (const item of items) {
    const result = v.safeParse(schema, item)
    if (result.success) records.push(result.output)
  }
  return { records, unreadable: items.length - records.length }
}

/** The side-loaded records that parse; the rest are skipped (a side-load is a convenience, not the history). */
export function sideLoaded<T>(items: unknown[], schema: v.GenericSchema<unknown, T>): T[] {
  return readEach(items, schema).records
}
