/** The history cache: what is kept, for how long, and that readers get copies. */
import { describe, expect, it } from 'vitest'
import { type RequesterHistory, windowOnlyCoverage } from '../../src/insight/requesterHistory'
import { createRequesterHistoryCache } from '../../src/zendesk/historyCache'

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

  it('forgets a requester', () => {
    const cache = createRequesterHistoryCache()
    cache.write(history(7), options)

    cache.forget(7)

    expect(cache.read(7, { now, fingerprint: '24:300' })).toBeNull()
  })
})
