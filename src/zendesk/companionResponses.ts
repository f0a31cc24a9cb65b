/** The companion's answers, checked at the boundary like Zendesk's (the companion may be an older version). */
import * as v from 'valibot'

/** JSON has no infinities; a number that is one did not come from the companion. */
const jsonNumber = v.pipe(v.number(), v.finite())

const direction = v.picklist(['improving', 'steady', 'declining', 'unknown'])

export const requesterHealthAnswer = v.object({
  requesterId: jsonNumber,
  coverage: v.object({ tickets: jsonNumber, requesterMessages: jsonNumber, partial: v.boolean() }),
  scorecard: v.object({ overall: jsonNumber, direction }),
  trend: v.object({ direction, recent: v.nullable(jsonNumber) })
})
export type RequesterHealthAnswer = v.InferOutput<typeof requesterHealthAnswer>

export const organizationHealthAnswer = v.object({
  organizationId: jsonNumber,
  name: v.string(),
  requesterCount: jsonNumber,
  ticketCount: jsonNumber,
  openTickets: jsonNumber,
  contactsLast30Days: jsonNumber,
  csatGood: jsonNumber,
  csatBad: jsonNumber,
  overall: v.nullable(jsonNumber),
  tone: v.object({ direction }),
  atRisk: v.array(v.object({ requesterId: jsonNumber, name: v.optional(v.string()), overall: jsonNumber })),
  partial: v.boolean()
})
export type OrganizationHealthAnswer = v.InferOutput<typeof organizationHealthAnswer>

export const nextTopicsAnswer = v.object({
  topic: v.string(),
  observed: jsonNumber,
  next: v.array(v.object({ topic: v.string(), count: jsonNumber, share: jsonNumber })),
  confidence: jsonNumber
})
export type NextTopicsAnswer = v.InferOutput<typeof nextTopicsAnswer>
