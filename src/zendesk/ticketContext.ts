/**
 * What the open ticket tells Rapport through ZAF (no REST request, no rate-limit cost): its id and requester, and
 * as a fallback the ticket itself when it lies outside the history read from the REST API.
 */
import * as v from 'valibot'
import type { HistoryTicket } from '../insight/requesterHistory'
import type { ZafClient } from './zafSdkWrapper'
import type { ZendeskResult } from './zendeskError'
import { jsonObject, zendeskId } from './zendeskResponses'
import { isPlausibleDate } from './plausibleDates'

export interface TicketContext {
  ticketId: number
  requesterId: number
}

/**
 * ZAF gives ids as numbers or as digit strings. A string is converted only when the number is exact: the string
 * "9007199254740993" would round to 9007199254740992, another user, so it is refused like 0 or a negative id.
 */
const zafId = v.union([zendeskId, v.pipe(v.string(), v.regex(/^\d+$/), v.transform(Number), zendeskId)])
const zafRequester = v.nullish(jsonObject({ id: v.unknown() }))

export async function readTicketContext(client: ZafClient): Promise<ZendeskResult<TicketContext>> {
  try {
    const [rawTicketId, requester] = await Promise.all([
      client.get('ticket.id', (value) => value),
      client.get('ticket.requester', (value) => v.parse(zafRequester, value))
    ])
    // A ticket being created has no id yet, and a ticket can lose its requester: both have no history to read.
    if (rawTicketId === null || rawTicketId === undefined || !requester)
      return { ok: false, error: { kind: 'noRequester' } }
    const ticketId = v.safeParse(zafId, rawTicketId)
    const requesterId = v.safeParse(zafId, requester.id)
    if (!ticketId.success || !requesterId.success) return { ok: false, error: { kind: 'invalidId' } }
    return { ok: true, value: { ticketId: ticketId.output, requesterId: requesterId.output } }
  } catch (failure) {
    // The SDK rejects a get nobody answered within 5 seconds with a TimeoutError.
    const timedOut = failure instanceof Error && failure.name === 'TimeoutError'
    return { ok: false, error: { kind: timedOut ? 'timeout' : 'noRequester' } }
  }
}

/** The ZAF ticket object (camelCase), the part Rapport reads. */
const zafTicket = v.object({
  id: zafId,
  subject: v.nullish(v.string()),
  description: v.nullish(v.string()),
  status: v.picklist(['new', 'open', 'pending', 'hold', 'solved', 'closed']),
  createdAt: v.string(),
  updatedAt: v.string(),
  tags: v.nullish(v.array(v.string())),
  via: v.nullish(jsonObject({ channel: v.nullish(v.union([v.string(), v.number()])) }))
})

/**
 * The open ticket from ZAF, for when it is older than the lookback or beyond the ticket budget; null if unreadable
 * or impossibly dated.
 */
export async function readOpenTicket(client: ZafClient, now: number): Promise<HistoryTicket | null> {
  try {
    const ticket = await client.get('ticket', (value) => v.parse(zafTicket, value))
    if (!isPlausibleDate(ticket.createdAt, now) || !isPlausibleDate(ticket.updatedAt, now)) return null
    return {
      id: ticket.id,
      subject: ticket.subject ?? '',
      description: ticket.description ?? '',
      status: ticket.status,
      createdAt: ticket.createdAt,
      updatedAt: ticket.updatedAt,
      tags: ticket.tags ?? [],
      // Ratings and metrics are not part of the ZAF ticket object.
      satisfaction: 'none',
      reopens: null,
      replies: null,
      channel:
        ticket.via?.channel === undefined || ticket.via.channel === null ? 'unknown' : String(ticket.via.channel),
      comments: null
    }
  } catch {
    return null
  }
}
