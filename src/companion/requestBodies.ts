/**
 * What each endpoint accepts, checked before anything runs. Ids are Zendesk ids (safe integers); texts are
 * bounded so one call cannot keep an isolate busy.
 */
import * as z from 'zod/mini'

export const scoreLimits = { maxTexts: 200, maxTextChars: 20_000 } as const

const zendeskId = z.int().check(z.positive())

export const scoreBody = z.object({
  texts: z.array(z.string().check(z.maxLength(scoreLimits.maxTextChars))).check(z.maxLength(scoreLimits.maxTexts))
})

export const requesterHealthBody = z.object({ requesterId: zendeskId, ticketId: z.optional(zendeskId) })

export const organizationHealthBody = z.object({ organizationId: zendeskId })

export const nextTopicsBody = z.object({ topic: z.string().check(z.minLength(1), z.maxLength(200)) })
