/**
 * The conversations one load reads, each ticket's once, whoever asks first: the open ticket's at once, the newest
 * tickets' as soon as the first page names them, and the loader's final list reuses both. What has arrived can
 * be laid over a history at any time, for a preview.
 */
import type { RequesterHistory } from '../insight/requesterHistory'
import type { TicketConversation } from './ticketComments'
import type { ZendeskResult } from './zendeskError'

type ConversationResult = ZendeskResult<TicketConversation>

export interface ConversationReads {
  read(ticketId: number): Promise<ConversationResult>
  /** Resolves once every one of these tickets' reads has settled (never rejects). */
  settled(ticketIds: number[]): Promise<void>
  /** The history with the conversations read so far (complete or not), leaving the rest as they are. */
  fill(history: RequesterHistory): RequesterHistory
}

export function createConversationReads(
  readConversation: (ticketId: number) => Promise<ConversationResult>
): ConversationReads {
  const reads = new Map<number, Promise<ConversationResult>>()
  const arrived = new Map<number, TicketConversation>()

  const read = (ticketId: number) => {
    let pending = reads.get(ticketId)
    if (!pending) {
      pending = readConversation(ticketId)
      pending.then((answer) => answer.ok && arrived.set(ticketId, answer.value)).catch(() => undefined)
      reads.set(ticketId, pending)
    }
    return pending
  }

  return {
    read,
    settled: (ticketIds) => Promise.allSettled(ticketIds.map((id) => read(id))).then(() => undefined),
    fill: (history) => ({
      ...history,
      tickets: history.tickets.map((ticket) => {
        const conversation = ticket.comments === null ? arrived.get(ticket.id) : undefined
        return conversation ? { ...ticket, comments: conversation.comments } : ticket
      })
    })
  }
}
