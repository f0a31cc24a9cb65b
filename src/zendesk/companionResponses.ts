/** The companion's answers, checked at the boundary like Zendesk's (the companion may be an older version). */
import * as z from 'zod/mini'

const direction = z.enum(['improving', 'steady', 'declining', 'unknown'])

export const requesterHealthAnswer = z.object({
  requesterId: z.number(),
  coverage: z.object({ tickets: z.number(), requesterMessages: z.number(), partial: z.boolean() }),
  scorecard: z.object({ overall: z.number(), direction }),
  trend: z.object({ direction, recent: z.nullable(z.number()) })
})
export type RequesterHealthAnswer = z.output<typeof requesterHealthAnswer>

export const organizationHealthAnswer = z.object({
  organizationId: z.number(),
  name: z.string(),
  requesterCount: z.number(),
  ticketCount: z.number(),
  openTickets: z.number(),
  contactsLast30Days: z.number(),
  csatGood: z.number(),
  csatBad: z.number(),
  overall: z.nullable(z.number()),
  tone: z.object({ direction }),
  atRisk: z.array(z.object({ requesterId: z.number(), name: z.optional(z.string()), overall: z.number() })),
  partial: z.boolean()
})
export type OrganizationHealthAnswer = z.output<typeof organizationHealthAnswer>

export const nextTopicsAnswer = z.object({
  topic: z.string(),
  observed: z.number(),
  next: z.array(z.object({ topic: z.string(), count: z.number(), share: z.number() })),
  confidence: z.number()
})
export type NextTopicsAnswer = z.output<typeof nextTopicsAnswer>
