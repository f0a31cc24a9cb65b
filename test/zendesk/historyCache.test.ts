/** The history cache: what is kept where, for how long, and that storage is read as untrusted input. */
import { describe, expect, it } from 'vitest'
import { type RequesterHistory, windowOnlyCoverage } from '../../src/insight/requesterHistory'
import { createRequesterHistoryCache } from '../../src/zendesk/historyCache'
import { storedHistoryKeyPrefix } from '../../src/zendesk/historyStorage'
import { createMemoryStorage } from './fakes/loaderHarness'

const now = Date.parse('2025-06-01T12:00:00Z')
const options = { now, ttlMs: 600_000, fingerprint: '24:300' }

function history(requesterId: number): RequesterHistory {
  return {
    requester: {
      id: requesterId,
      name: 'Ana',
      email: 'ana@example.com',
      createdAt: '2021-01-01T00:00:00Z',
      tags: [],
      fields: { plan: 'premium' },
      organizationId: null,
      locale: null
    },
    organization: null,
    tickets: [
      {
        id: 2147483701,
        subject: 'Stuck in customs',
        description: 'Our shipment is stuck',
        status: 'open',
        createdAt: '2025-05-30T08:12:44Z',
        updatedAt: '2025-05-30T08:12:44Z',
        tags: ['customs'],
        satisfaction: 'unoffered',
        reopens: 0,
        replies: 1,
        channel: 'email',
        comments: [
          {
            id: 1,
            authorId: requesterId,
            body: 'Call me on +351 210 000 000',
            htmlBody: null,
            public: true,
            createdAt: '2025-05-30T08:12:44Z'
          }
        ]
      }
    ],
    currentTicketId: 2147483701,
    partial: false,
    coverage: windowOnlyCoverage(24)
  }
}

describe('createRequesterHistoryCache', () => {
  it('gives back from memory exactly what was written, comments included, until the TTL passes', () => {
    const cache = createRequesterHistoryCache()
    cache.write(history(7), options)

    expect(cache.read(7, { now: now + 599_999, fingerprint: '24:300' })).toEqual(history(7))
    expect(cache.read(7, { now: now + 600_000, fingerprint: '24:300' })).toBeNull()
  })

  it('misses when the lookback or ticket budget changed since', () => {
    const cache = createRequesterHistoryCache()
    cache.write(history(7), options)

    expect(cache.read(7, { now, fingerprint: '12:300' })).toBeNull()
  })

  it('hands out copies: changing a read history does not change the cache', () => {
    const cache = createRequesterHistoryCache()
    cache.write(history(7), options)
    const first = cache.read(7, { now, fingerprint: '24:300' })
    first?.tickets.pop()

    expect(cache.read(7, { now, fingerprint: '24:300' })?.tickets).toHaveLength(1)
  })

  it('stores no comment bodies in sessionStorage, only the ticket list and profile', () => {
    const storage = createMemoryStorage()
    createRequesterHistoryCache({ storage }).write(history(7), options)

    const stored = storage.getItem(`${storedHistoryKeyPrefix}7`) ?? ''
    expect(stored).not.toContain('+351')
    expect(stored).toContain('Stuck in customs')
  })

  it('lets another sidebar of the same tab read the stored history, conversations left to be read again', () => {
    const storage = createMemoryStorage()
    createRequesterHistoryCache({ storage }).write(history(7), options)

    const read = createRequesterHistoryCache({ storage }).read(7, { now, fingerprint: '24:300' })

    expect(read?.tickets[0]).toMatchObject({ id: 2147483701, subject: 'Stuck in customs', comments: null })
    expect(read?.requester.fields).toEqual({ plan: 'premium' })
  })

  it('removes stored entries that expired, belong to another version or shape, or are not JSON', () => {
    const storage = createMemoryStorage()
    createRequesterHistoryCache({ storage }).write(history(7), options)
    storage.setItem(
      `${storedHistoryKeyPrefix}8`,
      JSON.stringify({ expiresAt: now + 1000, fingerprint: '24:300', history: { requester: { id: 'eight' } } })
    )
    storage.setItem(`${storedHistoryKeyPrefix}9`, '{not json')
    const cache = createRequesterHistoryCache({ storage })

    expect(cache.read(7, { now: now + 700_000, fingerprint: '24:300' })).toBeNull()
    expect(cache.read(8, { now, fingerprint: '24:300' })).toBeNull()
    expect(cache.read(9, { now, fingerprint: '24:300' })).toBeNull()
    expect(storage.getItem(`${storedHistoryKeyPrefix}7`)).toBeNull()
    expect(storage.getItem(`${storedHistoryKeyPrefix}8`)).toBeNull()
  })

  it('keeps at most maxStoredRequesters requesters in storage, dropping the soonest to expire', () => {
    const storage = createMemoryStorage()
    const cache = createRequesterHistoryCache({ storage, maxStoredRequesters: 2 })
    cache.write(history(1), { ...options, now })
    cache.write(history(2), { ...options, now: now + 1 })
    cache.write(history(3), { ...options, now: now + 2 })

    expect(storage.getItem(`${storedHistoryKeyPrefix}1`)).toBeNull()
    expect(storage.getItem(`${storedHistoryKeyPrefix}2`)).not.toBeNull()
    expect(storage.getItem(`${storedHistoryKeyPrefix}3`)).not.toBeNull()
  })

  it('works in memory alone when storage throws (sandboxed frame, quota)', () => {
    const throwing = createMemoryStorage()
    throwing.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError')
    }
    throwing.getItem = () => {
      throw new DOMException('denied', 'SecurityError')
    }
    const cache = createRequesterHistoryCache({ storage: throwing })
    cache.write(history(7), options)

    expect(cache.read(7, { now, fingerprint: '24:300' })?.requester.id).toBe(7)
    expect(createRequesterHistoryCache({ storage: throwing }).read(7, { now, fingerprint: '24:300' })).toBeNull()
  })

  it('forgets a requester in memory and storage', () => {
    const storage = createMemoryStorage()
    const cache = createRequesterHistoryCache({ storage })
    cache.write(history(7), options)

    cache.forget(7)

    expect(cache.read(7, { now, fingerprint: '24:300' })).toBeNull()
    expect(storage.length).toBe(0)
  })
})
