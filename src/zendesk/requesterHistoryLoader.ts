/**
 * The requester's history for the open ticket, in the fewest round trips: ticket pages with side-loads, the
 * user and organization only when not side-loaded, comments only for the open ticket and the most recent
 * others, all under one concurrency cap, behind a cache, and never for the wrong requester.
 */
import type { HistoryTicket, RequesterHistory } from '../insight/requesterHistory'
import { type Clock, systemClock } from './clock'
import { type RequesterHistoryCache, sharedRequesterHistoryCache } from './historyCache'
import { createRequestLimiter } from './requestLimiter'
import { readRequesterProfile } from './requesterProfile'
import { newestFirst, readRequesterTickets } from './requesterTickets'
import type { HistorySettings } from './settings'
import { createSharedLoads } from './sharedLoads'
import { readTicketComments } from './ticketComments'
import { readOpenTicket, readTicketContext, type TicketContext } from './ticketContext'
import { watchTicketEvents } from './ticketEvents'
import type { ZafClient } from './zafSdkWrapper'
import { abortError, type LoadProgress, type ZendeskResult } from './zendeskError'
import { createZendeskTransport, defaultRequestTimeoutMs, defaultRetryPolicy, type RetryPolicy } from './zendeskTransport'

export type HistoryResult = ZendeskResult<RequesterHistory>

export interface LoadOptions {
  /** Abort when the result is no longer wanted (ticket switched, component gone): load then rejects with AbortError. */
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
  const maxConcurrentRequests = options.maxConcurrentRequests ?? 3
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
    const limiter = createRequestLimiter(maxConcurrentRequests)
    const getJson = (url: string) => limiter(() => transport(url, { signal, onProgress }))

    const cached = ttlMs > 0 ? cache.read(requesterId, { now, fingerprint }) : null
    // The open ticket's conversation is read fresh unless this very ticket was the one loaded last time.
    const cachedCurrent = cached?.currentTicketId === ticketId ? cached.tickets.find((t) => t.id === ticketId) : undefined
    // Started at once, beside the ticket pages: it needs nothing from them.
    const currentComments = cachedCurrent?.comments ? null : readTicketComments(ticketId, getJson)
    currentComments?.catch(() => undefined)

    let history: RequesterHistory
    if (cached) {
      history = { ...cached, currentTicketId: ticketId }
      if (!cachedCurrent) history.tickets = history.tickets.map((t) => (t.id === ticketId ? { ...t, comments: null } : t))
    } else {
      const tickets = await readRequesterTickets({ requesterId, currentTicketId: ticketId, settings, now, getJson })
      if (!tickets.ok) return tickets
      const profile = await readRequesterProfile({ requesterId, ...tickets.value, getJson })
      if (!profile.ok) return profile
      history = {
        requester: profile.value.requester,
        organization: profile.value.organization,
        tickets: tickets.value.tickets,
        currentTicketId: ticketId,
        partial: tickets.value.partial || profile.value.partial
      }
    }

    if (!history.tickets.some((ticket) => ticket.id === ticketId)) {
      const openTicket = await readOpenTicket(client)
      if (openTicket) history.tickets = [...history.tickets, openTicket].sort(newestFirst)
      else history.partial = true
    }

    const conversations = await Promise.all(
      ticketsNeedingComments(history, settings.recentTicketsWithComments).map(async (ticket) => {
        const answer = ticket.id === ticketId && currentComments ? await currentComments : await readTicketComments(ticket.id, getJson)
        return { ticketId: ticket.id, answer }
      })
    )
    if (currentComments && !conversations.some((conversation) => conversation.ticketId === ticketId)) await currentComments
    for (const { ticketId: id, answer } of conversations) {
      if (!answer.ok || !answer.value.complete) history.partial = true
      if (answer.ok) history.tickets = history.tickets.map((t) => (t.id === id ? { ...t, comments: answer.value.comments } : t))
    }

    cache.write(history, { now, fingerprint, ttlMs: history.partial ? Math.min(ttlMs, partialHistoryTtlMs) : ttlMs })
    return { ok: true, value: history }
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
      if (!switched || pass >= 3) return result
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

/** The open ticket and the N most recent others: the conversations tone is read from. */
export function ticketsNeedingComments(history: RequesterHistory, recentTickets: number): HistoryTicket[] {
  const current = history.tickets.filter((ticket) => ticket.id === history.currentTicketId)
  const others = history.tickets.filter((ticket) => ticket.id !== history.currentTicketId).slice(0, recentTickets)
  return [...current, ...others].filter((ticket) => ticket.comments === null)
}
