/**
 * What the open ticket tells Rapport through ZAF (no REST request, no rate-limit cost): its id and requester, and
 * as a fallback the ticket itself when it lies outside the history read from the REST API.
 */
import * as z from 'zod/mini'
import type { HistoryTicket } from '../insight/requesterHistory'
import type { ZafClient } from './zafSdkWrapper'
import type { ZendeskResult } from './zendeskError'
import { zendeskId } from './zendeskResponses'
import { isPlausibleDate } from './plausibleDates'

export interface TicketContext {
  ticketId: number
  requesterId: number
}

/**
 * ZAF gives ids as numbers or as digit strings. A string is converted only when the number is exact: the string
 * "9007199254740993" would round to 9007199254740992, another user, so it is refused like 0 or a negative id.
 */
const zafId = z.union([zendeskId, z.pipe(z.pipe(z.string().check(z.regex(/^\d+$/)), z.transform(Number)), zendeskId)])
const zafRequester = z.nullish(z.object({ id: z.unknown() }))

export async function readTicketContext(client: ZafClient): Promise<ZendeskResult<TicketContext>> {
  try {
    const [rawTicketId, requester] = await Promise.all([
      client.get('ticket.id', (value) => value),
      client.get('ticket.requester', (value) => zafRequester.parse(value))
    ])
    // A ticket being created has no id yet, and a ticket can lose its requester: both have no history to read.
    if (rawTicketId === null || rawTicketId === undefined || !requester)
      return { ok: false, error: { kind: 'noRequester' } }
    const ticketId = zafId.safeParse(rawTicketId)
    const requesterId = zafId.safeParse(requester.id)
    if (!ticketId.success || !requesterId.success) return { ok: false, error: { kind: 'invalidId' } }
    return { ok: true, value: { ticketId: ticketId.data, requesterId: requesterId.data } }
  } catch (failure) {
    // The SDK rejects a get nobody answered within 5 seconds with a TimeoutError.
    const timedOut = failure instanceof Error && failure.name === 'TimeoutError'
    return { ok: false, error: { kind: timedOut ? 'timeout' : 'noRequester' } }
  }
}

/** The ZAF ticket object (camelCase), the part Rapport reads. */
const zafTicket = z.object({
  id: zafId,
  subject: z.nullish(z.string()),
  description: z.nullish(z.string()),
  status: z.enum(['new', 'open', 'pending', 'hold', 'solved', 'closed']),
  createdAt: z.string(),
  updatedAt: z.string(),
  tags: z.nullish(z.array(z.string())),
  via: z.nullish(z.object({ channel: z.nullish(z.union([z.string(), z.number()])) }))
})

/**
 * The open ticket from ZAF, for when it is older than the lookback or beyond the ticket budget; null if unreadable
 * or impossibly dated.
 */
export async function readOpenTicket(client: ZafClient, now: number): Promise<HistoryTicket | null> {
  try {
    const ticket = await client.get('ticket', (value) => zafTicket.parse(value))
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
