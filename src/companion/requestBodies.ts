/**
 * What each endpoint accepts, checked before anything runs. Ids are Zendesk ids (safe integers); texts are
 * bounded so one call cannot keep an isolate busy.
 */
import * as v from 'valibot'

export const scoreLimits = { maxTexts: 200, maxTextChars: 20_000 } as const

const zendeskId = v.pipe(v.number(), v.safeInteger(), v.minValue(1))

export const scoreBody = v.object({
  texts: v.pipe(v.array(v.pipe(v.string(), v.maxLength(scoreLimits.maxTextChars))), v.maxLength(scoreLimits.maxTexts))
})

export const requesterHealthBody = v.object({ requesterId: zendeskId, ticketId: v.optional(zendeskId) })

export const organizationHealthBody = v.object({ organizationId: zendeskId })

export const nextTopicsBody = v.object({ topic: v.pipe(v.string(), v.minLength(1), v.maxLength(200)) })
