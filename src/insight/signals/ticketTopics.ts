/**
 * What a ticket is about, as comparable keys: its non-generic tags and the content words of its subject.
 * Two tickets are on the same topic when they share a non-generic tag (admins and triggers tag by topic:
 * "billing", "sso"), or when their subjects overlap: Jaccard ≥ `subjectSimilarity` on content words, or two
 * content words in common ("Invoice PDF missing" / "Missing invoice"). Words are lower-cased, accents kept,
 * a plural "s" dropped so "invoices" meets "invoice".
 */
import type { TimelineTicket } from '../history/requesterTimeline'
import { insightModel, type InsightSettings } from '../insightSettings'
import topicWords from './topicWords.json'

const stopWords = new Set(topicWords.stopWords)
const alwaysGenericTags = new Set(topicWords.genericTags)

export interface TicketTopic {
  tags: string[]
  /** Subject content words in subject order, de-duplicated. */
  words: string[]
}

export function subjectWords(subject: string): string[] {
  const words: string[] = []
  for (const match of subject.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu) ?? []) {
    let word = match.replace(/’/g, "'")
    if (word.length < 3 || stopWords.has(word) || /^\d+$/.test(word)) continue
    if (word.length > 4 && word.endsWith('s') && !word.endsWith('ss')) word = word.slice(0, -1)
    if (!words.includes(word)) words.push(word)
  }
  return words
}

/**
 * Tags that cannot tell topics apart for this requester: channel and priority tags, the tier tags from settings,
 * and any tag on nearly all of their tickets (an organization-wide tag copied onto every ticket).
 */
export function genericTags(tickets: TimelineTicket[], settings: InsightSettings): Set<string> {
  const generic = new Set(alwaysGenericTags)
  for (const tag of [...settings.tiers.highTierTags, ...settings.tiers.moderateTierTags]) generic.add(tag.toLowerCase())
  if (tickets.length >= insightModel.genericTagMinimumTickets) {
    const counts = new Map<string, number>()
    for (const { ticket } of tickets) {
      for (const tag of new Set(ticket.tags.map((value) => value.toLowerCase())))
        counts.set(tag, (counts.get(tag) ?? 0) + 1)
    }
    for (const [tag, count] of counts) if (count >= tickets.length * insightModel.genericTagShare) generic.add(tag)
  }
  return generic
}

/** Subject words depend on the subject alone: read once per ticket, for "now" and the earlier snapshot alike. */
const subjectWordsByTicket = new WeakMap<TimelineTicket['ticket'], string[]>()

export function ticketTopic(entry: TimelineTicket, generic: Set<string>): TicketTopic {
  const tags: string[] = []
  for (const raw of entry.ticket.tags) {
    const tag = raw.toLowerCase()
    if (tag !== '' && !generic.has(tag) && !tags.includes(tag)) tags.push(tag)
  }
  let words = subjectWordsByTicket.get(entry.ticket)
  if (!words) {
    words = subjectWords(entry.ticket.subject.slice(0, insightModel.maxSubjectChars))
    subjectWordsByTicket.set(entry.ticket, words)
  }
  return { tags, words }
}

/** The topic two tickets share, named from `a` (a shared tag first, else the shared subject words); null if none. */
export function sharedTopic(a: TicketTopic, b: TicketTopic): string | null {
  const tag = a.tags.find((candidate) => b.tags.includes(candidate))
  if (tag !== undefined) return tag
  if (a.words.length === 0 || b.words.length === 0) return null
  const shared = a.words.filter((word) => b.words.includes(word))
  const union = a.words.length + b.words.length - shared.length
  const similar = shared.length >= 2 || shared.length / union >= insightModel.subjectSimilarity
  return similar ? shared.join(' ') : null
}
