/**
 * What customers ask next: from an account's solved tickets, how often a ticket on one topic is followed by the
 * same requester's ticket on another topic within `followUpDays`. Topics are the tickets' own non-generic tags
 * (admins and triggers tag by topic: "sizing", "care_instructions") — never subject or comment words, so the
 * model holds counts and tag names, no customer text.
 *
 * The model grows incrementally as tickets arrive from Zendesk's incremental export, in any order: each solved
 * ticket is paired with the same requester's tickets already seen within the window before and after it. To do
 * that it keeps a short tail of recent tickets (requester id, ticket id, tag topics, creation time), pruned to
 * the window behind the newest ticket seen.
 */
import type { InsightSettings } from '../insightSettings'
import topicWords from '../signals/topicWords.json'

export const topicTransitionModel = {
  /** "Within 30 days": a ticket this many days after another counts as following it. */
  followUpDays: 30,
  /** Transitions out of a topic from which the confidence no longer grows with more evidence. */
  fullEvidenceTransitions: 10,
  /** Next topics listed at most. */
  nextTopicsListed: 3
} as const

const dayMs = 86_400_000
const alwaysGenericTags = new Set(topicWords.genericTags)

export interface TopicTicket {
  ticketId: number
  requesterId: number
  /** Creation time in epoch ms. */
  createdMs: number
  topics: string[]
}

export interface TopicTransitions {
  /** counts[from][to]: follow-ups from a ticket on `from` to a later ticket on `to`. */
  counts: Record<string, Record<string, number>>
  /** Recent solved tickets, for pairing with tickets that arrive later; pruned to the follow-up window. */
  tail: TopicTicket[]
}

export interface NextTopic {
  topic: string
  count: number
  /** Share of the follow-ups out of the asked topic, in [0, 1]. */
  share: number
}

export interface NextTopics {
  topic: string
  /** Follow-ups observed out of the topic. */
  observed: number
  next: NextTopic[]
  /** In [0, 1]: the top topic's share, scaled down while the evidence is thin. */
  confidence: number
}

export const emptyTopicTransitions = (): TopicTransitions => ({ counts: {}, tail: [] })

/** A ticket's topics: its tags, lower-cased, without channel, priority and tier tags. */
export function ticketTopicTags(tags: string[], settings: InsightSettings): string[] {
  const tierTags = new Set([...settings.tiers.highTierTags, ...settings.tiers.moderateTierTags].map(lower))
  const topics: string[] = []
  for (const tag of tags.map(lower)) {
    if (tag !== '' && !alwaysGenericTags.has(tag) && !tierTags.has(tag) && !topics.includes(tag)) topics.push(tag)
  }
  return topics
}

function lower(text: string): string {
  return text.trim().toLowerCase()
}

/** The model with `tickets` (solved tickets with topics) added; the input model is not changed. */
export function addSolvedTickets(model: TopicTransitions, tickets: TopicTicket[]): TopicTransitions {
  const windowMs = topicTransitionModel.followUpDays * dayMs
  const counts = structuredClone(model.counts)
  const tail = [...model.tail]
  const seen = new Set(tail.map((entry) => entry.ticketId))
  for (const ticket of tickets) {
    // A ticket comes back in the export whenever it is updated (solved, then closed): count it once.
    if (ticket.topics.length === 0 || seen.has(ticket.ticketId) || !Number.isFinite(ticket.createdMs)) continue
    seen.add(ticket.ticketId)
    for (const other of tail) {
      if (other.requesterId !== ticket.requesterId) continue
      const gap = ticket.createdMs - other.createdMs
      if (gap > 0 && gap <= windowMs) countPairs(counts, other.topics, ticket.topics)
      else if (gap < 0 && -gap <= windowMs) countPairs(counts, ticket.topics, other.topics)
    }
    tail.push(ticket)
  }
  const newest = tail.reduce((latest, entry) => Math.max(latest, entry.createdMs), Number.NEGATIVE_INFINITY)
  return { counts, tail: tail.filter((entry) => entry.createdMs >= newest - windowMs) }
}

function countPairs(counts: TopicTransitions['counts'], from: string[], to: string[]): void {
  for (const earlier of from) {
    for (const later of to) {
      if (earlier === later) continue
      const row = (counts[earlier] ??= {})
      row[later] = (row[later] ?? 0) + 1
    }
  }
}

export function nextTopics(model: TopicTransitions, topic: string): NextTopics {
  const asked = lower(topic)
  const row = model.counts[asked] ?? {}
  const observed = Object.values(row).reduce((sum, count) => sum + count, 0)
  const next = Object.entries(row)
    .sort(([topicA, a], [topicB, b]) => b - a || topicA.localeCompare(topicB))
    .slice(0, topicTransitionModel.nextTopicsListed)
    .map(([name, count]) => ({ topic: name, count, share: count / observed }))
  const evidence = Math.min(1, observed / topicTransitionModel.fullEvidenceTransitions)
  return { topic: asked, observed, next, confidence: (next[0]?.share ?? 0) * evidence }
}
