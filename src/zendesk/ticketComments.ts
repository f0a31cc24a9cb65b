/**
 * The comments of one ticket, 100 per request (cursor pagination, followed while coherent: see pagination.ts).
 * A comment that does not parse or carries an impossible date is left out and counted.
 */
import * as v from 'valibot'
import type { TicketComment } from '../insight/requesterHistory'
import { nextPage, startTrail } from './pagination'
import { isPlausibleDate } from './plausibleDates'
import { toComment } from './toDomain'
import type { ZendeskResult } from './zendeskError'
import { commentsPage, readEach, zendeskComment } from './zendeskResponses'

/** A ticket with more than 300 comments is read in part (and the history marked partial): tone needs no more. */
export const maxCommentPages = 3

export interface TicketConversation {
  comments: TicketComment[]
  /** False when a later page failed, the pagination stopped making sense or the page cap cut it short. */
  complete: boolean
  /** Comments that did not parse, left out. */
  unreadable: number
  /** Comments dated outside the plausible range, left out. */
  implausibleDates: number
}

export function ticketCommentsUrl(ticketId: number): string {
  return `/api/v2/tickets/${ticketId}/comments.json?page[size]=100`
}

export async function readTicketComments(
  ticketId: number,
  getJson: (url: string) => Promise<ZendeskResult<unknown>>,
  now: number
): Promise<ZendeskResult<TicketConversation>> {
  const conversation: TicketConversation = { comments: [], complete: false, unreadable: 0, implausibleDates: 0 }
  const firstUrl = ticketCommentsUrl(ticketId)
  const trail = startTrail(firstUrl)
  let url: string | null = firstUrl
  for (let pageNumber = 1; url !== null; pageNumber += 1) {
    if (pageNumber > maxCommentPages) return { ok: true, value: conversation }
    const answer = await getJson(url)
    const page = answer.ok ? v.safeParse(commentsPage, answer.value) : null
    if (!answer.ok || !page?.success) {
      if (pageNumber === 1) return answer.ok ? { ok: false, error: { kind: 'malformed' } } : answer
      return { ok: true, value: conversation }
    }
    const { records, unreadable } = readEach(page.output.comments, zendeskComment)
    conversation.unreadable += unreadable
    for (const comment of records) {
      if (isPlausibleDate(comment.created_at, now)) conversation.comments.push(toComment(comment))
      else conversation.implausibleDates += 1
    }
    const step = nextPage(answer.value, page.output.comments.length, trail)
    if (step.kind === 'incoherent') return { ok: true, value: conversation }
    url = step.kind === 'next' ? step.url : null
  }
  conversation.complete = true
  return { ok: true, value: conversation }
}
