/**
 * The account's topic-transition model, kept current at the lowest cost: served from the cache while fresh,
 * brought up to date from the export cursor when stale (only tickets changed since), built from a year of the
 * export when there is none. Only solved and closed tickets teach the model what followed them.
 */
import {
  addSolvedTickets,
  emptyTopicTransitions,
  ticketTopicTags,
  type InsightSettings,
  type TopicTicket,
  type TopicTransitions
} from '../insight'
import type { TopicModelCache } from './topicModelCache'
import { readTicketExport, type ExportedTicket } from './zendesk/ticketExport'
import type { ZendeskReader } from './zendesk/zendeskFetch'
import type { ZendeskError } from '../zendesk/zendeskError'

export const topicModelBounds = {
  /** The first build reads this far back. */
  firstBuildDays: 365,
  /** A stored model is continued from its cursor within this time, rebuilt after it. */
  storeSeconds: 7 * 86_400
} as const

export type TopicModelSource = 'cache' | 'updated' | 'built'

export type TopicModelResult =
  | { ok: true; transitions: TopicTransitions; source: TopicModelSource; partial: boolean }
  | { ok: false; error: ZendeskError }

const solvedStatuses = new Set(['solved', 'closed'])

export async function currentTopicModel(input: {
  account: string
  cache: TopicModelCache
  reader: ZendeskReader
  settings: InsightSettings
  now: number
  refreshSeconds: number
}): Promise<TopicModelResult> {
  const { account, cache, now } = input
  const stored = await cache.read(account)
  if (stored && stored.complete && now - stored.updatedAt < input.refreshSeconds * 1000) {
    return { ok: true, transitions: stored.transitions, source: 'cache', partial: false }
  }
  const from =
    stored?.cursor != null
      ? { cursor: stored.cursor }
      : { startTimeSeconds: now / 1000 - topicModelBounds.firstBuildDays * 86_400 }
  const exported = await readTicketExport(from, input.reader)
  if (!exported.ok) {
    // A stale model is better than none: shown, and marked partial.
    if (stored) return { ok: true, transitions: stored.transitions, source: 'cache', partial: true }
    return exported
  }
  const solved = exported.value.tickets.flatMap((ticket) => toTopicTicket(ticket, input.settings))
  const transitions = addSolvedTickets(stored?.transitions ?? emptyTopicTransitions(), solved)
  await cache.write(
    account,
    { transitions, cursor: exported.value.cursor, updatedAt: now, complete: exported.value.complete },
    topicModelBounds.storeSeconds
  )
  return {
    ok: true,
    transitions,
    source: stored ? 'updated' : 'built',
    partial: !exported.value.complete
  }
}

function toTopicTicket(ticket: ExportedTicket, settings: InsightSettings): TopicTicket[] {
  if (!solvedStatuses.has(ticket.status) || !ticket.requester_id) return []
  const topics = ticketTopicTags(ticket.tags, settings)
  if (topics.length === 0) return []
  return [{ ticketId: ticket.id, requesterId: ticket.requester_id, createdMs: Date.parse(ticket.created_at), topics }]
}
