/**
 * The requester's own words in one ticket. With comments: those the requester wrote (agents' comments are
 * context, not the customer's tone), cleaned of quotes and signatures. Without comments (older tickets whose
 * comments were not read): the description, which is the requester's first message when they opened the ticket.
 */
import { insightModel } from '../insightSettings'
import type { HistoryTicket } from '../requesterHistory'
import { cleanCustomerText } from '../text/cleanCustomerText'

/** Cleaning must not take the analysis down with it: on failure the text is read as written, whitespace tidied. */
function cleanSafely(body: string, htmlBody: string | null): string {
  const clippedBody = body.slice(0, insightModel.maxBodyChars)
  const clippedHtml = htmlBody === null ? null : htmlBody.slice(0, insightModel.maxBodyChars)
  let cleaned: string
  try {
    cleaned = cleanCustomerText(clippedBody, clippedHtml)
  } catch {
    cleaned = clippedBody.replace(/\s+/g, ' ')
  }
  return cleaned.slice(0, insightModel.maxReadChars).trim()
}

/** Cleaned, non-empty requester messages, oldest first, at most the last `limit`. */
export function requesterWords(ticket: HistoryTicket, requesterId: number, limit: number): string[] {
  const comments = ticket.comments
  if (comments === null || comments.length === 0) {
    const description = cleanSafely(ticket.description, null)
    return description === '' ? [] : [description]
  }
  const words: string[] = []
  for (let index = comments.length - 1; index >= 0 && words.length < limit; index--) {
    const comment = comments[index]
    if (!comment || comment.authorId !== requesterId) continue
    const cleaned = cleanSafely(comment.body, comment.htmlBody)
    if (cleaned !== '') words.push(cleaned)
  }
  return words.reverse()
}
