/** The comments of one ticket, 100 per request (cursor pagination). */
import type { TicketComment } from '../insight/requesterHistory'
import { toRelativeApiUrl } from './requesterTickets'
import { toComment } from './toDomain'
import type { ZendeskResult } from './zendeskError'
import { commentsPage, nextPageUrl } from './zendeskResponses'

/** A ticket with more than 300 comments is read in part (and the history marked partial): tone needs no more. */
export const maxCommentPages = 3

export interface TicketConversation {
  comments: TicketComment[]
  /** False when a later page failed or the page cap cut the conversation short. */
  complete: boolean
}

export function ticketCommentsUrl(ticketId: number): string {
  return `/api/v2/tickets/${ticketId}/comments.json?page[size]=100`
}

export async function readTicketComments(
  ticketId: number,
  getJson: (url: string) => Promise<ZendeskResult<unknown>>
): Promise<ZendeskResult<TicketConversation>> {
  const comments: TicketComment[] = []
  let url: string | null = ticketCommentsUrl(ticketId)
  for (let pageNumber = 1; url !== null; pageNumber += 1) {
    if (pageNumber > maxCommentPages) return { ok: true, value: { comments, complete: false } }
    const answer = await getJson(url)
    const page = answer.ok ? commentsPage.safeParse(answer.value) : null
    if (!answer.ok || !page?.success) {
      if (pageNumber === 1) return answer.ok ? { ok: false, error: { kind: 'malformed' } } : answer
      return { ok: true, value: { comments, complete: false } }
    }
    comments.push(...page.data.comments.map(toComment))
    const next = nextPageUrl(page.data)
    url = next === null ? null : toRelativeApiUrl(next)
  }
  return { ok: true, value: { comments, complete: true } }
}
