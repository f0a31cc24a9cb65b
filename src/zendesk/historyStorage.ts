/**
 * The sessionStorage level of the history cache. What comes back out of storage is parsed like any other
 * input: an entry of another version, another shape or past its time is removed, never trusted.
 */
import * as z from 'zod/mini'
import type { RequesterHistory } from '../insight/requesterHistory'

export const storedHistoryKeyPrefix = 'rapport.requesterHistory.v1.'

const fieldValues = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))

const storedHistory = z.object({
  expiresAt: z.number(),
  fingerprint: z.string(),
  history: z.object({
    requester: z.object({
      id: z.int(),
      name: z.string(),
      email: z.nullable(z.string()),
      createdAt: z.string(),
      tags: z.array(z.string()),
      fields: fieldValues,
      organizationId: z.nullable(z.int()),
      locale: z.nullable(z.string())
    }),
    organization: z.nullable(
      z.object({ id: z.int(), name: z.string(), createdAt: z.string(), tags: z.array(z.string()), fields: fieldValues })
    ),
    tickets: z.array(
      z.object({
        id: z.int(),
        subject: z.string(),
        description: z.string(),
        status: z.enum(['new', 'open', 'pending', 'hold', 'solved', 'closed']),
        createdAt: z.string(),
        updatedAt: z.string(),
        tags: z.array(z.string()),
        satisfaction: z.enum(['good', 'bad', 'offered', 'unoffered', 'none']),
        reopens: z.nullable(z.int()),
        replies: z.nullable(z.int()),
        channel: z.string(),
        comments: z.null()
      })
    ),
    currentTicketId: z.int(),
    partial: z.boolean(),
    coverage: z.object({
      lifetimeTicketCount: z.nullable(z.int()),
      lookbackMonths: z.int(),
      cappedAtMaxTickets: z.boolean(),
      unreadableRecords: z.int(),
      implausibleDates: z.int()
    })
  })
})

export function readStoredHistory(
  storage: Storage,
  requesterId: number,
  { now, fingerprint }: { now: number; fingerprint: string }
): RequesterHistory | null {
  const key = storedHistoryKeyPrefix + requesterId
  try {
    const text = storage.getItem(key)
    if (text === null) return null
    const parsed = storedHistory.safeParse(JSON.parse(text))
    const usable =
      parsed.success &&
      parsed.data.expiresAt > now &&
      parsed.data.fingerprint === fingerprint &&
      parsed.data.history.requester.id === requesterId
    if (!usable) {
      storage.removeItem(key)
      return null
    }
    return parsed.data.history
  } catch {
    return null
  }
}

export function writeStoredHistory(
  storage: Storage,
  history: RequesterHistory,
  options: { now: number; expiresAt: number; fingerprint: string; maxStoredRequesters: number }
): void {
  const withoutComments = { ...history, tickets: history.tickets.map((ticket) => ({ ...ticket, comments: null })) }
  const text = JSON.stringify({
    expiresAt: options.expiresAt,
    fingerprint: options.fingerprint,
    history: withoutComments
  })
  try {
    const key = storedHistoryKeyPrefix + history.requester.id
    pruneStoredHistories(storage, { now: options.now, keep: options.maxStoredRequesters - 1, replacing: key })
    storage.setItem(key, text)
  } catch {
    // Full or unavailable storage only costs the next sidebar instance a few requests.
  }
}

/** Drops expired entries, then the soonest-expiring ones beyond `keep` (not counting the entry being replaced). */
function pruneStoredHistories(
  storage: Storage,
  { now, keep, replacing }: { now: number; keep: number; replacing: string }
) {
  const entries: Array<{ key: string; expiresAt: number }> = []
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index)
    if (key === null || key === replacing || !key.startsWith(storedHistoryKeyPrefix)) continue
    const expiresAt = readExpiry(storage.getItem(key))
    entries.push({ key, expiresAt })
  }
  entries.sort((a, b) => b.expiresAt - a.expiresAt)
  entries.forEach((entry, index) => {
    if (entry.expiresAt <= now || index >= keep) storage.removeItem(entry.key)
  })
}

function readExpiry(text: string | null): number {
  try {
    const value: unknown = text === null ? null : JSON.parse(text)
    const expiresAt = typeof value === 'object' && value !== null ? (value as { expiresAt?: unknown }).expiresAt : null
    return typeof expiresAt === 'number' ? expiresAt : 0
  } catch {
    return 0
  }
}
