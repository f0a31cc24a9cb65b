/**
 * Requester histories already read, keyed by requester id, so opening the same requester again within the TTL
 * costs no request.
 *
 * In memory only, for this sidebar instance. Nothing of the history goes to browser storage: a history is the
 * customer's words (subjects, first messages with signatures and phone numbers, names, e-mails), and storage
 * outlives the sidebar and is readable by anything else on the app's origin. What storage could still hold
 * without them (ids, dates, statuses, tags, counts) is not enough to show a requester, so another ticket's
 * sidebar reads the ticket pages again: one request for most requesters, three at the 300-ticket budget.
 */
import type { RequesterHistory } from '../insight/requesterHistory'

export interface CacheWriteOptions {
  now: number
  ttlMs: number
  /** Settings that shape the history (lookback, ticket budget): an entry read under other settings is a miss. */
  fingerprint: string
}

export interface RequesterHistoryCache {
  read(requesterId: number, options: { now: number; fingerprint: string }): RequesterHistory | null
  write(history: RequesterHistory, options: CacheWriteOptions): void
  forget(requesterId: number): void
}

interface MemoryEntry {
  history: RequesterHistory
  expiresAt: number
  fingerprint: string
}

export function createRequesterHistoryCache(): RequesterHistoryCache {
  const memory = new Map<number, MemoryEntry>()

  return {
    read(requesterId, { now, fingerprint }) {
      const entry = memory.get(requesterId)
      if (entry && entry.expiresAt > now && entry.fingerprint === fingerprint) return structuredClone(entry.history)
      if (entry) memory.delete(requesterId)
      return null
    },
    write(history, { now, ttlMs, fingerprint }) {
      if (ttlMs <= 0) return
      for (const [requesterId, entry] of memory) if (entry.expiresAt <= now) memory.delete(requesterId)
      memory.set(history.requester.id, { history: structuredClone(history), expiresAt: now + ttlMs, fingerprint })
    },
    forget(requesterId) {
      memory.delete(requesterId)
    }
  }
}

/** The cache every loader of this frame shares when none is injected, so a re-created loader still hits it. */
let sharedCache: RequesterHistoryCache | null = null
export function sharedRequesterHistoryCache(): RequesterHistoryCache {
  sharedCache ??= createRequesterHistoryCache()
  return sharedCache
}
