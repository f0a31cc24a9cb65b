/**
 * The requester's whole history for the companion: every ticket (100 per page, users, organizations and metric
 * sets side-loaded, as the sidebar reads them) and the comments of every ticket, not only the recent few. The
 * sidebar's own readers do the paging and parsing; this only sets the bounds and spends the request budget.
 */
import { windowOnlyCoverage, type RequesterHistory } from '../../insight'
import { createRequestLimiter } from '../../zendesk/requestLimiter'
import { readRequesterProfile } from '../../zendesk/requesterProfile'
import { readRequesterTickets } from '../../zendesk/requesterTickets'
import { readTicketComments } from '../../zendesk/ticketComments'
import type { ZendeskResult } from '../../zendesk/zendeskError'
import type { ZendeskReader } from './zendeskFetch'

export const wholeHistoryBounds = {
  /** "Whole": fifty years back, so nothing the account holds is left out by date. */
  lookbackMonths: 600,
  /** Tickets read at most (10 pages); the request budget usually binds first. */
  maxTickets: 1_000,
  /** Comment pages read side by side. */
  concurrentRequests: 4
} as const

export interface WholeHistory {
  history: RequesterHistory
  /** Comments the requester wrote, over all tickets read. */
  requesterMessages: number
  ticketsWithComments: number
}

export async function readWholeHistory(input: {
  requesterId: number
  ticketId: number | null
  reader: ZendeskReader
  now: number
}): Promise<ZendeskResult<WholeHistory>> {
  const { requesterId, reader } = input
  const limiter = createRequestLimiter(wholeHistoryBounds.concurrentRequests)
  const getJson = (path: string) => limiter(() => reader.getJson(path))
  const settings = {
    lookbackMonths: wholeHistoryBounds.lookbackMonths,
    maxTickets: wholeHistoryBounds.maxTickets,
    recentTicketsWithComments: wholeHistoryBounds.maxTickets,
    cacheMinutes: 0
  }
  const tickets = await readRequesterTickets({
    requesterId,
    currentTicketId: input.ticketId ?? -1,
    settings,
    now: input.now,
    getJson
  })
  if (!tickets.ok) return tickets
  const profile = await readRequesterProfile({ requesterId, ...tickets.value, getJson })
  if (!profile.ok) return profile

  let partial = tickets.value.partial || profile.value.partial
  const conversations = await Promise.all(
    tickets.value.tickets.map((ticket) => readTicketComments(ticket.id, getJson, input.now))
  )
  let requesterMessages = 0
  let ticketsWithComments = 0
  const historyTickets = tickets.value.tickets.map((ticket, index) => {
    const answer = conversations[index]
    if (!answer?.ok) {
      partial = true
      return ticket
    }
    if (!answer.value.complete) partial = true
    ticketsWithComments += 1
    requesterMessages += answer.value.comments.filter((comment) => comment.authorId === requesterId).length
    return { ...ticket, comments: answer.value.comments }
  })
  const currentTicketId =
    input.ticketId !== null && historyTickets.some((ticket) => ticket.id === input.ticketId)
      ? input.ticketId
      : (historyTickets[0]?.id ?? -1)
  const lifetimeTicketCount = tickets.value.partial ? null : historyTickets.length
  return {
    ok: true,
    value: {
      history: {
        requester: profile.value.requester,
        organization: profile.value.organization,
        tickets: historyTickets,
        currentTicketId,
        partial: partial || reader.budgetExhausted(),
        coverage: {
          ...windowOnlyCoverage(wholeHistoryBounds.lookbackMonths),
          lifetimeTicketCount,
          cappedAtMaxTickets: historyTickets.length >= wholeHistoryBounds.maxTickets
        }
      },
      requesterMessages,
      ticketsWithComments
    }
  }
}
