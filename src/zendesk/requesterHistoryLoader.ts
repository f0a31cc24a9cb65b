/**
 * The requester's history for the open ticket, in the fewest round trips: ticket pages with side-loads, the
 * user and organization only when not side-loaded, comments only for the open ticket and the most recent
 * others, all under one concurrency cap, behind a cache, and never for the wrong requester.
 */
import { type HistoryTicket, type RequesterHistory, windowOnlyCoverage } from '../insight/requesterHistory'
import { type Clock, systemClock } from './clock'
import { type RequesterHistoryCache, sharedRequesterHistoryCache } from './historyCache'
import { createRequestLimiter } from './requestLimiter'
import { readLifetimeTicketCount } from './requesterLifetime'
import { readRequesterProfile, withPlausibleSince } from './requesterProfile'
import { createConversationReads } from './conversationReads'
import { newestFirst, readRequesterTickets, type RequesterTickets } from './requesterTickets'
import type { HistorySettings } from './settings'
import { createSharedLoads } from './sharedLoads'
import { readTicketComments } from './ticketComments'
import { readOpenTicket, readTicketContext, type TicketContext } from './ticketContext'
import { watchTicketEvents } from './ticketEvents'
import { yieldToBrowser } from './yieldToBrowser'
import type { ZafClient } from './zafSdkWrapper'
import { abortError, type LoadProgress, type ZendeskResult } from './zendeskError'
import {
  createZendeskTransport,
  defaultRequestTimeoutMs,
  defaultRetryPolicy,
  type RetryPolicy
} from './zendeskTransport'

export type HistoryResult = ZendeskResult<RequesterHistory>

export interface LoadOptions {
  /**
   * Abort when the result is no longer wanted (ticket switched, component gone): load then rejects with an
   * AbortError, as it also does in the unlikely case that the requester keeps changing under it.
   */
  signal?: AbortSignal
  onProgress?: (progress: LoadProgress) => void
}

export interface RequesterHistoryLoader {
  load(options?: LoadOptions): Promise<HistoryResult>
  /** Calls onStale when the ticket events that make the history stale fire; returns the unsubscribe function. */
  watch(onStale: () => void): () => void
}

export interface RequesterHistoryLoaderOptions {
  client: ZafClient
  settings: HistorySettings
  clock?: Clock
  cache?: RequesterHistoryCache
  /** Jitter source for backoff, in [0, 1). */
  random?: () => number
  timeoutMs?: number
  retry?: RetryPolicy
  maxConcurrentRequests?: number
}

/** A partial history is kept only briefly, so reopening soon retries what failed without hammering Zendesk. */
const partialHistoryTtlMs = 60_000

export function createRequesterHistoryLoader(options: RequesterHistoryLoaderOptions): RequesterHistoryLoader {
  const { client, settings } = options
  const clock = options.clock ?? systemClock
  const cache = options.cache ?? sharedRequesterHistoryCache()
  const transport = createZendeskTransport({
    client,
    clock,
    random: options.random ?? Math.random,
    timeoutMs: options.timeoutMs ?? defaultRequestTimeoutMs,
    retry: options.retry ?? defaultRetryPolicy
  })
  // Six: the ticket page in flight and the five newest conversations (the default recentTicketsWithComments) in
  // one wave beside the second page, all read before the last page lands. Rate limits count requests per minute,
  // the same however many are in flight; six is also what a browser keeps open per host.
  const maxConcurrentRequests = options.maxConcurrentRequests ?? 6
  const sharedLoads = createSharedLoads<HistoryResult>()
  let loadedRequesterId: number | null = null

  async function readHistory(
    { ticketId, requesterId }: TicketContext,
    signal: AbortSignal,
    onProgress: (progress: LoadProgress) => void
  ): Promise<HistoryResult> {
    const now = clock.now()
    const ttlMs = settings.cacheMinutes * 60_000
    const fingerprint = `${settings.lookbackMonths}:${settings.maxTickets}`
    // The ticket list is read one page at a time, each page naming the next: the one chain of round trips the
    // history cannot shorten. It has a slot of its own, so a page never waits behind conversations, which share
    // the others.
    const limiter = createRequestLimiter(Math.max(1, maxConcurrentRequests - 1))
    const getJson = (url: string) => limiter(() => transport(url, { signal, onProgress }))
    const getListPage = (url: string) => transport(url, { signal, onProgress })

    const cached = ttlMs > 0 ? cache.read(requesterId, { now, fingerprint }) : null
    // The open ticket's conversation is read fresh, unless this very ticket is the one cached with its comments.
    const keepsConversation =
      cached?.currentTicketId === ticketId && cached.tickets.some((t) => t.id === ticketId && t.comments !== null)
    const conversations = createConversationReads((id) => readTicketComments(id, getJson, now))
    // Started at once, beside the ticket pages: it needs nothing from them.
    if (!keepsConversation) conversations.read(ticketId)

    // Once the first page is in and older pages are still to come: the newest tickets' conversations start, and
    // the sidebar gets a preview to show its headline from, refined as conversations and pages arrive.
    let finished = false
    const preview = (soFar: RequesterTickets) => {
      const newest = soFar.tickets
        .filter((ticket) => ticket.id !== ticketId)
        .slice(0, settings.recentTicketsWithComments)
        .map((ticket) => ticket.id)
      newest.forEach((id) => conversations.read(id))
      void previewHistory(requesterId, ticketId, soFar, settings.lookbackMonths).then((base) => {
        if (!base) return
        // Once the conversations just asked for have gone out (see yieldToBrowser): rendering would hold them back.
        const show = () =>
          void yieldToBrowser().then(() => {
            if (!finished && !signal.aborted) onProgress({ kind: 'preview', history: conversations.fill(base) })
          })
        conversations.settled([ticketId]).then(show)
        conversations.settled(newest).then(show)
      })
    }

    const known = cached
      ? { ok: true as const, value: reopened(cached, ticketId, keepsConversation) }
      : await readFromZendesk(requesterId, ticketId, now, { getJson, getListPage }, preview)
    if (!known.ok) return known
    const history = known.value

    if (!history.tickets.some((ticket) => ticket.id === ticketId)) {
      const openTicket = await readOpenTicket(client, now)
      if (openTicket) history.tickets = [...history.tickets, openTicket].sort(newestFirst)
      else history.partial = true
    }

    const wanted = ticketsNeedingComments(history, settings.recentTicketsWithComments)
    const answers = await Promise.all(wanted.map((ticket) => conversations.read(ticket.id)))
    finished = true
    const byTicket = new Map(wanted.map((ticket, index) => [ticket.id, answers[index]]))
    history.tickets = history.tickets.map((ticket) => {
      const answer = byTicket.get(ticket.id)
      if (answer === undefined) return ticket
      if (!answer.ok) {
        history.partial = true
        return ticket
      }
      const { comments, complete, unreadable, implausibleDates } = answer.value
      history.coverage.unreadableRecords += unreadable
      history.coverage.implausibleDates += implausibleDates
      if (!complete || unreadable > 0) history.partial = true
      return { ...ticket, comments }
    })

    cache.write(history, { now, fingerprint, ttlMs: history.partial ? Math.min(ttlMs, partialHistoryTtlMs) : ttlMs })
    return { ok: true, value: history }
  }

  async function readFromZendesk(
    requesterId: number,
    ticketId: number,
    now: number,
    { getJson, getListPage }: Record<'getJson' | 'getListPage', (url: string) => Promise<ZendeskResult<unknown>>>,
    onFirstPage: (soFar: RequesterTickets) => void
  ): Promise<HistoryResult> {
    // Beside the first ticket page, not after it: the lifetime count costs no extra round trip.
    const lifetimeTicketCount = readLifetimeTicketCount(requesterId, getJson)
    const tickets = await readRequesterTickets({
      requesterId,
      currentTicketId: ticketId,
      settings,
      now,
      getJson: getListPage,
      onFirstPage
    })
    if (!tickets.ok) return tickets
    const profile = await readRequesterProfile({ requesterId, ...tickets.value, getJson })
    if (!profile.ok) return profile
    const { cappedAtMaxTickets, unreadable, implausibleDates } = tickets.value
    const profileDates = withPlausibleSince(profile.value, tickets.value.tickets, now)
    return {
      ok: true,
      value: {
        requester: profileDates.requester,
        organization: profileDates.organization,
        tickets: tickets.value.tickets,
        currentTicketId: ticketId,
        partial: tickets.value.partial || profile.value.partial || unreadable > 0,
        coverage: {
          ...windowOnlyCoverage(settings.lookbackMonths),
          lifetimeTicketCount: await lifetimeTicketCount,
          cappedAtMaxTickets,
          unreadableRecords: unreadable,
          implausibleDates: implausibleDates + profileDates.implausibleDates
        }
      }
    }
  }

  async function load({ signal, onProgress }: LoadOptions = {}): Promise<HistoryResult> {
    // A requester switched while loading means a second pass for the new one (bounded, as a safety net).
    for (let pass = 1; ; pass += 1) {
      if (signal?.aborted) throw abortError(signal)
      const context = await readTicketContext(client)
      if (signal?.aborted) throw abortError(signal)
      if (!context.ok) return context
      loadedRequesterId = context.value.requesterId
      const key = `${context.value.requesterId}:${context.value.ticketId}`
      const result = await sharedLoads(key, (shared, progress) => readHistory(context.value, shared, progress), {
        signal,
        onProgress
      })
      const after = await readTicketContext(client)
      if (signal?.aborted) throw abortError(signal)
      const switched = after.ok && after.value.requesterId !== context.value.requesterId
      if (!switched) return result
      // Never hand back a history for a requester the ticket no longer has, even when the bound is reached.
      if (pass >= 3) throw new DOMException('The requester kept changing while loading', 'AbortError')
    }
  }

  return {
    load,
    watch: (onStale) =>
      watchTicketEvents(client, {
        loadedRequesterId: () => loadedRequesterId,
        onTicketChanged: () => {
          if (loadedRequesterId !== null) cache.forget(loadedRequesterId)
          onStale()
        },
        onRequesterChanged: onStale
      })
  }
}

/**
 * The history as far as the first page tells, for a preview: the open ticket must be on it and the requester and
 * organization must have come side-loaded (the usual case), since a preview makes no requests of its own;
 * otherwise there is none and the sidebar waits for the whole history.
 */
async function previewHistory(
  requesterId: number,
  ticketId: number,
  soFar: RequesterTickets,
  lookbackMonths: number
): Promise<RequesterHistory | null> {
  if (!soFar.tickets.some((ticket) => ticket.id === ticketId)) return null
  const noRequests = async (): Promise<ZendeskResult<unknown>> => ({ ok: false, error: { kind: 'network' } })
  const profile = await readRequesterProfile({ requesterId, ...soFar, getJson: noRequests })
  if (!profile.ok || profile.value.partial) return null
  return {
    requester: profile.value.requester,
    organization: profile.value.organization,
    tickets: soFar.tickets,
    currentTicketId: ticketId,
    partial: false,
    coverage: windowOnlyCoverage(lookbackMonths)
  }
}

/** A cached history seen from `ticketId`: the open ticket's conversation dropped unless it is kept. */
function reopened(cached: RequesterHistory, ticketId: number, keepsConversation: boolean): RequesterHistory {
  const tickets = keepsConversation
    ? cached.tickets
    : cached.tickets.map((ticket) => (ticket.id === ticketId ? { ...ticket, comments: null } : ticket))
  return { ...cached, tickets, currentTicketId: ticketId }
}

/** The open ticket and the N most recent others whose conversations are not known yet. */
export function ticketsNeedingComments(history: RequesterHistory, recentTickets: number): HistoryTicket[] {
  const current = history.tickets.filter((ticket) => ticket.id === history.currentTicketId)
  const others = history.tickets.filter((ticket) => ticket.id !== history.currentTicketId).slice(0, recentTickets)
  return [...current, ...others].filter((ticket) => ticket.comments === null)
}
