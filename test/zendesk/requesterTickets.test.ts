/**
 * The ticket pages are the history's one chain of round trips: the next page is asked for as soon as the raw page
 * says where it is, before the page's tickets are read, and the lookback still ends the chain.
 */
import { describe, expect, it } from 'vitest'
import { defaultHistorySettings } from '../../src/zendesk/settings'
import { readRequesterTickets, requestedTicketsUrl } from '../../src/zendesk/requesterTickets'
import type { ZendeskResult } from '../../src/zendesk/zendeskError'

const now = Date.parse('2025-06-01T12:00:00Z')
const day = 86_400_000
const requesterId = 42

/** A page of `count` tickets, newest first from `newestDaysAgo`, one day apart; `read` logs when one is parsed. */
function page(first: number, count: number, newestDaysAgo: number, next: string | null, read: string[]) {
  const tickets = Array.from({ length: count }, (_, index) => {
    const created = new Date(now - (newestDaysAgo + index) * day).toISOString()
    const ticket = {
      id: first + index,
      description: 'hello',
      status: 'solved',
      created_at: created,
      updated_at: created
    }
    return Object.defineProperty(ticket, 'subject', {
      enumerable: true,
      get: () => {
        read.push(`ticket ${first + index}`)
        return `Ticket ${first + index}`
      }
    })
  })
  return {
    tickets,
    meta: { has_more: next !== null, after_cursor: next },
    links: {
      next: next === null ? null : `https://acme.zendesk.com${requestedTicketsUrl(requesterId)}&page[after]=${next}`
    }
  }
}

function fakeApi(pages: Array<(read: string[]) => unknown>) {
  const log: string[] = []
  let served = 0
  const getJson = async (url: string): Promise<ZendeskResult<unknown>> => {
    log.push(`request ${url.includes('page[after]') ? 'later page' : 'first page'}`)
    await new Promise((resolve) => setTimeout(resolve, 1))
    return { ok: true, value: pages[served++]!(log) }
  }
  return { log, getJson }
}

/** The open ticket's requester with the default settings, read from the fake API. */
const readWith = (api: ReturnType<typeof fakeApi>) =>
  readRequesterTickets({ requesterId, currentTicketId: 1, settings: defaultHistorySettings, now, getJson: api.getJson })

describe('readRequesterTickets', () => {
  it('asks for the next page before reading the tickets of the page that named it', async () => {
    const api = fakeApi([(read) => page(1, 100, 1, 'b', read), (read) => page(101, 100, 101, null, read)])
    const result = await readWith(api)
    expect(result.ok && result.value.tickets).toHaveLength(200)
    const secondRequest = api.log.indexOf('request later page')
    expect(secondRequest).toBeGreaterThan(0)
    expect(api.log.slice(0, secondRequest)).toEqual(['request first page'])
    expect(api.log[secondRequest + 1]).toBe('ticket 1')
  })

  it('stops at the lookback, read from the raw dates, without asking for the page after', async () => {
    // 100 tickets a week apart reach back past 24 months' lookback.
    const weekly = (read: string[]) => {
      const raw = page(1, 100, 0, 'b', read)
      raw.tickets.forEach((ticket, index) => {
        ticket.created_at = new Date(now - index * 8 * day).toISOString()
      })
      return raw
    }
    const api = fakeApi([
      weekly,
      () => {
        throw new Error('the page past the lookback was asked for')
      }
    ])
    const result = await readWith(api)
    expect(api.log.filter((line) => line.startsWith('request'))).toEqual(['request first page'])
    expect(result.ok && result.value.partial).toBe(false)
    expect(result.ok && result.value.tickets.length).toBeLessThan(100)
  })
})
