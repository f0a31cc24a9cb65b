/**
 * The requester's lifetime ticket count, so the sidebar can say "250 tickets · 65 in the last 24 months read"
 * instead of passing the lookback's count off as the whole relationship. Zendesk's Show User Related
 * Information (`GET /api/v2/users/{id}/related.json`) answers it in one small request that needs nothing from
 * the ticket pages, so it runs beside the first page and costs no extra round trip. The count is a nicety: any
 * failure (an error, a shape Rapport cannot read) leaves it unknown and never fails the history.
 */
import * as v from 'valibot'
import type { ZendeskResult } from './zendeskError'

export const requesterRelatedUrl = (requesterId: number) => `/api/v2/users/${requesterId}/related.json`

const relatedResponse = v.object({
  user_related: v.object({ requested_tickets: v.pipe(v.number(), v.safeInteger(), v.minValue(0)) })
})

/** Tickets the requester ever opened, or null when Zendesk could not say. Never rejects. */
export async function readLifetimeTicketCount(
  requesterId: number,
  getJson: (url: string) => Promise<ZendeskResult<unknown>>
): Promise<number | null> {
  try {
    const answer = await getJson(requesterRelatedUrl(requesterId))
    if (!answer.ok) return null
    const parsed = v.safeParse(relatedResponse, answer.value)
    return parsed.success ? parsed.output.user_related.requested_tickets : null
  } catch {
    return null
  }
}
