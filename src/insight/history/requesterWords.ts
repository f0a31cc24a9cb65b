/**
 * The requester's own words in one ticket. With comments: those the requester wrote (agents' comments are
 * context, not the customer's tone), cleaned of quotes and signatures. Without comments (older tickets whose
 * comments were not read): the description, which is the requester's first message when they opened the ticket.
 */
import { insightModel } from '../insightSettings'
import type { HistoryTicket } from '../requesterHistory'
import { cleanCustomerText } from '../text/cleanCustomerText'

/**
 * Characters one analysis may still clean and read. Each text is capped on its own (maxBodyChars, maxReadChars);
 * the budget bounds their sum, so a history full of huge messages costs no more than a few of them: the newest
 * tickets, read first, get their words read, older ones what is left.
 */
export interface TextBudget {
  cleanChars: number
  readChars: number
}

export function analysisTextBudget(): TextBudget {
  return { cleanChars: insightModel.maxCleanedCharsPerAnalysis, readChars: insightModel.maxReadCharsPerAnalysis }
}

/** Cleaning must not take the analysis down with it: on failure the text is read as written, whitespace tidied. */
function cleanSafely(body: string, htmlBody: string | null, budget: TextBudget): string {
  const room = Math.min(insightModel.maxBodyChars, budget.cleanChars)
  if (room <= 0) return ''
  const clippedBody = body.slice(0, room)
  const clippedHtml = htmlBody === null ? null : htmlBody.slice(0, room)
  budget.cleanChars -= clippedBody.length + (clippedHtml?.length ?? 0)
  let cleaned: string
  try {
    cleaned = cleanCustomerText(clippedBody, clippedHtml)
  } catch {
    cleaned = clippedBody.replace(/\s+/g, ' ')
  }
  const read = cleaned.slice(0, Math.min(insightModel.maxReadChars, budget.readChars)).trim()
  budget.readChars -= read.length
  return read
}

/** Cleaned, non-empty requester messages, oldest first, at most the last `limit`. */
export function requesterWords(
  ticket: HistoryTicket,
  requesterId: number,
  limit: number,
  budget: TextBudget = analysisTextBudget()
): string[] {
  const comments = ticket.comments
  if (comments === null || comments.length === 0) {
    const description = cleanSafely(ticket.description, null, budget)
    return description === '' ? [] : [description]
  }
  const words: string[] = []
  let cleanings = 0
  for (let index = comments.length - 1; index >= 0 && words.length < limit; index--) {
    const comment = comments[index]
    if (!comment || comment.authorId !== requesterId) continue
    if (cleanings++ >= insightModel.messagesCleanedPerTicket) break
    const cleaned = cleanSafely(comment.body, comment.htmlBody, budget)
    if (cleaned !== '') words.push(cleaned)
  }
  return words.reverse()
}
