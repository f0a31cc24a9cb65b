/**
 * The ZAF ticket sidebar events that make a loaded history stale (names verified in the ZAF "Ticket sidebar"
 * reference and the SDK's event model):
 * - `ticket.requester.id.changed`: the ticket now belongs to someone else. It also fires when Zendesk first
 *   loads the ticket, so a change to the requester already loaded is ignored.
 * - `ticket.submit.done`: this agent saved the ticket (status, reply): the open ticket's data changed.
 * - `ticket.updated`: someone else updated the ticket while it is open.
 * (There is no `ticket.saved` event in ZAF v2; `ticket.save` is a hook that can block saving, not a notification.)
 */
import type { ZafClient } from './zafSdkWrapper'

export const requesterChangedEvent = 'ticket.requester.id.changed'
export const ticketChangedEvents = ['ticket.submit.done', 'ticket.updated'] as const

export function watchTicketEvents(
  client: ZafClient,
  handlers: {
    loadedRequesterId: () => number | null
    onRequesterChanged: () => void
    onTicketChanged: () => void
  }
): () => void {
  const onRequester = (payload: unknown) => {
    const newId = typeof payload === 'number' ? payload : typeof payload === 'string' ? Number(payload) : Number.NaN
    if (newId === handlers.loadedRequesterId()) return
    handlers.onRequesterChanged()
  }
  const onTicket = () => handlers.onTicketChanged()

  client.on(requesterChangedEvent, onRequester)
  for (const event of ticketChangedEvents) client.on(event, onTicket)
  return () => {
    client.off(requesterChangedEvent, onRequester)
    for (const event of ticketChangedEvents) client.off(event, onTicket)
  }
}
