/**
 * Requester histories already read, keyed by requester id, so opening the same requester again within the TTL
 * costs no request.
 *
 * Two levels:
 * - memory (this sidebar instance): the whole history, comments included;
 * - sessionStorage (shared by the sidebar instances of this browser tab, i.e. the agent's other open tickets,
 *   and cleared with the tab): the history WITHOUT comment bodies. Comments are the bulk of the customer's
 *   words (whole threads with quoted mails, signatures, phone numbers) and cost only a few capped requests to
 *   read again, while the ticket list and profile are what grows with the requester's history. Storage also
 *   expires entries and keeps at most a handful of requesters, so customer data does not pile up in the tab.
 */
import type { RequesterHistory } from '../insight/requesterHistory'
import { readStoredHistory, storedHistoryKeyPrefix, writeStoredHistory } from './historyStorage'

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

export function createRequesterHistoryCache(
  options: { storage?: Storage | null; maxStoredRequesters?: number } = {}
): RequesterHistoryCache {
  const storage = options.storage ?? null
  const maxStoredRequesters = options.maxStoredRequesters ?? 10
  const memory = new Map<number, MemoryEntry>()

  return {
    read(requesterId, { now, fingerprint }) {
      const entry = memory.get(requesterId)
      if (entry && entry.expiresAt > now && entry.fingerprint === fingerprint) return structuredClone(entry.history)
      if (entry) memory.delete(requesterId)
      if (!storage) return null
      return readStoredHistory(storage, requesterId, { now, fingerprint })
    },
    write(history, { now, ttlMs, fingerprint }) {
      if (ttlMs <= 0) return
      for (const [requesterId, entry] of memory) if (entry.expiresAt <= now) memory.delete(requesterId)
      const expiresAt = now + ttlMs
      memory.set(history.requester.id, { history: structuredClone(history), expiresAt, fingerprint })
      if (storage) writeStoredHistory(storage, history, { now, expiresAt, fingerprint, maxStoredRequesters })
    },
    forget(requesterId) {
      memory.delete(requesterId)
      try {
        storage?.removeItem(storedHistoryKeyPrefix + requesterId)
      } catch {
        // Storage that throws is storage we do not have.
      }
    }
  }
}

/** sessionStorage when this frame may use it (sandboxed or privacy-restricted frames throw on access). */
export function sessionStorageIfAvailable(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage
  } catch {
    return null
  }
}

/** The cache every loader of this frame shares when none is injected, so a re-created loader still hits it. */
let sharedCache: RequesterHistoryCache | null = null
export function sharedRequesterHistoryCache(): RequesterHistoryCache {
  sharedCache ??= createRequesterHistoryCache({ storage: sessionStorageIfAvailable() })
  return sharedCache
}
