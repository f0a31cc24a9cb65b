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

/**
 * What reading one ticket's words took from the budget, in all and at most in one message, and whether the budget
 * cut any of it short. A read the budget did not cut gives the same words from any budget that `affords` its cost.
 */
export interface WordsCost {
  cleanChars: number
  readChars: number
  largestClean: number
  largestRead: number
  cutByBudget: boolean
}

/**
 * Room for a read costing `cost` however its messages fall: each message finds at least the most any one of them
 * needed still left, so none is cut short and the words come out the same.
 */
export function affords(budget: TextBudget, cost: WordsCost): boolean {
  return (
    budget.cleanChars >= cost.cleanChars + cost.largestClean && budget.readChars >= cost.readChars + cost.largestRead
  )
}

export function spend(budget: TextBudget, cost: WordsCost): void {
  budget.cleanChars -= cost.cleanChars
  budget.readChars -= cost.readChars
}

/** Cleaning must not take the analysis down with it: on failure the text is read as written, whitespace tidied. */
function cleanSafely(body: string, htmlBody: string | null, budget: TextBudget, cost: WordsCost): string {
  const cleanNeed = Math.max(1, Math.min(insightModel.maxBodyChars, Math.max(body.length, htmlBody?.length ?? 0)))
  cost.largestClean = Math.max(cost.largestClean, cleanNeed)
  if (budget.cleanChars < cleanNeed) cost.cutByBudget = true
  const room = Math.min(insightModel.maxBodyChars, budget.cleanChars)
  if (room <= 0) return ''
  const clippedBody = body.slice(0, room)
  const clippedHtml = htmlBody === null ? null : htmlBody.slice(0, room)
  const cleanSpent = clippedBody.length + (clippedHtml?.length ?? 0)
  budget.cleanChars -= cleanSpent
  cost.cleanChars += cleanSpent
  let cleaned: string
  try {
    cleaned = cleanCustomerText(clippedBody, clippedHtml)
  } catch {
    cleaned = clippedBody.replace(/\s+/g, ' ')
  }
  const readNeed = Math.min(insightModel.maxReadChars, cleaned.length)
  cost.largestRead = Math.max(cost.largestRead, readNeed)
  if (budget.readChars < readNeed) cost.cutByBudget = true
  const read = cleaned.slice(0, Math.min(insightModel.maxReadChars, budget.readChars)).trim()
  budget.readChars -= read.length
  cost.readChars += read.length
  return read
}

/** Cleaned, non-empty requester messages, oldest first, at most the last `limit`. */
export function requesterWords(
  ticket: HistoryTicket,
  requesterId: number,
  limit: number,
  budget: TextBudget = analysisTextBudget()
): string[] {
  return measuredRequesterWords(ticket, requesterId, limit, budget).words
}

/** requesterWords, with what they cost (see WordsCost). */
export function measuredRequesterWords(
  ticket: HistoryTicket,
  requesterId: number,
  limit: number,
  budget: TextBudget
): { words: string[]; cost: WordsCost } {
  const cost: WordsCost = { cleanChars: 0, readChars: 0, largestClean: 0, largestRead: 0, cutByBudget: false }
  const comments = ticket.comments
  if (comments === null || comments.length === 0) {
    const description = cleanSafely(ticket.description, null, budget, cost)
    return { words: description === '' ? [] : [description], cost }
  }
  const words: string[] = []
  let cleanings = 0
  for (let index = comments.length - 1; index >= 0 && words.length < limit; index--) {
    const comment = comments[index]
    if (!comment || comment.authorId !== requesterId) continue
    if (cleanings++ >= insightModel.messagesCleanedPerTicket) break
    const cleaned = cleanSafely(comment.body, comment.htmlBody, budget, cost)
    if (cleaned !== '') words.push(cleaned)
  }
  return { words: words.reverse(), cost }
}
