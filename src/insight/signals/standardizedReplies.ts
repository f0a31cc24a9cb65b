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

const linkStart = /\b(?:https?:\/\/|www\.)/

/**
 * The reply's first words (at most `macroWordsCompared`) without links and addresses, token by token: a link is
 * cut from where it starts, a token holding an address ("x@y") is dropped whole. (A regex such as /\S+@\S+/
 * would be quadratic on a long token without "@": every position of it scans to its end.)
 */
function comparedWords(text: string): string[] {
  const needsCleaning = text.includes('@') || text.includes('http') || text.includes('www.')
  const kept = needsCleaning ? text.split(/\s+/).map(withoutLinkOrAddress).join(' ') : text
  return (kept.match(/\p{L}+/gu) ?? []).slice(0, insightModel.macroWordsCompared)
}

function withoutLinkOrAddress(token: string): string {
  const link = token.includes('http') || token.includes('www.') ? token.search(linkStart) : -1
  const kept = link === -1 ? token : token.slice(0, link)
  const at = kept.indexOf('@', 1)
  return at !== -1 && at < kept.length - 1 ? '' : kept
}

function shingles(body: string): Set<string> | null {
  const words = comparedWords(body.slice(0, insightModel.maxReadChars).toLowerCase())
  if (words.length < insightModel.macroMinimumWords) return null
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
  // Replies too short to compare still cost a look: bounded too, so hundreds of them cannot add up.
  let examined = 0
  const enough = () =>
    replies.length >= insightModel.macroRepliesCompared || examined >= insightModel.macroRepliesExamined
  for (let index = timeline.tickets.length - 1; index >= 0 && !enough(); index--) {
    const comments = timeline.tickets[index]!.ticket.comments ?? []
    for (let position = comments.length - 1; position >= 0 && !enough(); position--) {
      const comment = comments[position]!
      if (comment.authorId === timeline.requester.id || !comment.public) continue
      examined++
      const set = shingles(comment.body)
      if (set) replies.push({ ticketIndex: index, shingles: set })
    }
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
