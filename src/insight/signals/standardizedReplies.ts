/**
 * Whether recent agent replies look standardized: near-identical text (a macro sent unchanged) on different
 * tickets of the same requester. Replies are compared as sets of 3-word shingles over normalised words
 * (lower case, numbers, links and addresses dropped), by Jaccard similarity: a macro with a changed name or
 * order number still matches; two genuinely written answers share few 3-word runs. Short replies ("Thanks!")
 * are skipped, since brevity is not a template.
 */
import type { RequesterTimeline } from '../history/requesterTimeline'
import { insightModel } from '../insightSettings'

export interface StandardizedReplies {
  standardizedReplies: boolean
  /** Tickets with a reply near-identical to a reply on another ticket. */
  standardizedReplyTickets: number
}

interface AgentReply {
  ticketIndex: number
  shingles: Set<string>
}

function shingles(body: string): Set<string> | null {
  const words = body
    .slice(0, insightModel.maxReadChars)
    .toLowerCase()
    .replace(/\b(?:https?:\/\/|www\.)\S+/g, ' ')
    .replace(/\S+@\S+/g, ' ')
    .match(/\p{L}+/gu)
  if (!words || words.length < insightModel.macroMinimumWords) return null
  const set = new Set<string>()
  for (let index = 0; index + 2 < words.length; index++)
    set.add(`${words[index]} ${words[index + 1]} ${words[index + 2]}`)
  return set
}

function jaccard(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let shared = 0
  for (const shingle of small) if (large.has(shingle)) shared++
  return shared / (a.size + b.size - shared)
}

export function standardizedReplies(timeline: RequesterTimeline): StandardizedReplies {
  const replies: AgentReply[] = []
  for (let index = timeline.tickets.length - 1; index >= 0; index--) {
    const comments = timeline.tickets[index]!.ticket.comments ?? []
    for (let position = comments.length - 1; position >= 0; position--) {
      if (replies.length >= insightModel.macroRepliesCompared) break
      const comment = comments[position]!
      if (comment.authorId === timeline.requester.id || !comment.public) continue
      const set = shingles(comment.body)
      if (set) replies.push({ ticketIndex: index, shingles: set })
    }
    if (replies.length >= insightModel.macroRepliesCompared) break
  }

  const matchedTickets = new Set<number>()
  for (let a = 0; a < replies.length; a++) {
    for (let b = a + 1; b < replies.length; b++) {
      const first = replies[a]!
      const second = replies[b]!
      if (first.ticketIndex === second.ticketIndex) continue
      if (jaccard(first.shingles, second.shingles) >= insightModel.macroSimilarity) {
        matchedTickets.add(first.ticketIndex)
        matchedTickets.add(second.ticketIndex)
      }
    }
  }
  return {
    standardizedReplies: matchedTickets.size >= insightModel.macroMinimumTickets,
    standardizedReplyTickets: matchedTickets.size
  }
}
