/**
 * Where the account's topic-transition model is kept between calls: counts, the short tail of recent tickets the
 * counting needs (ids, tag topics and times — no text) and the export cursor. Node keeps it in memory; Workers in
 * the Cache API (workersTopicModelCache.ts). Entries expire after `storeSeconds`; within that, a stale model is
 * brought up to date from its cursor rather than rebuilt.
 */
import type { TopicTransitions } from '../insight'

export interface TopicModelEntry {
  transitions: TopicTransitions
  /** Incremental export cursor to continue from. */
  cursor: string | null
  /** When the model was last brought up to date (epoch ms). */
  updatedAt: number
  /** False when the last read stopped before the end of the export (budget, failed page). */
  complete: boolean
}

export interface TopicModelCache {
  read(account: string): Promise<TopicModelEntry | null>
  write(account: string, entry: TopicModelEntry, storeSeconds: number): Promise<void>
}

export function createMemoryTopicModelCache(now: () => number = Date.now): TopicModelCache {
  const entries = new Map<string, { json: string; expiresAt: number }>()
  return {
    async read(account) {
      const stored = entries.get(account)
      if (!stored) return null
      if (stored.expiresAt <= now()) {
        entries.delete(account)
        return null
      }
      // Stored serialised, as the Workers cache does, so both behave alike and no caller can mutate an entry.
      return JSON.parse(stored.json) as TopicModelEntry
    },
    async write(account, entry, storeSeconds) {
      entries.set(account, { json: JSON.stringify(entry), expiresAt: now() + storeSeconds * 1000 })
    }
  }
}
