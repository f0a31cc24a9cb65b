/**
 * Issue 5 "Done when": for a requester with N tickets, the first load needs ceil(N/100) ticket pages, at most
 * two other requests (user, organization) and the comments of the open ticket plus the N most recent (setting,
 * default 5); loading again within the TTL needs none.
 * Issue 9: the lifetime ticket count (users/{id}/related.json) is one more request, made in the same round trip
 * as the first ticket page, so the load takes no extra sequential round trip.
 */
import { describe, expect, it } from 'vitest'
import type { HistorySettings } from '../../src/zendesk/settings'
import { flushPromises } from './fakes/fakeClock'
import { http } from './fakes/fakeZendeskApi'
import { countRequests, openSidebar, openGeneratedSidebar, type Sidebar } from './fakes/loaderHarness'
import { generatedDataset, generatedRequesterId, generatedTicketId } from './fakes/requesterDataset'

const now = Date.parse('2025-06-01T12:00:00Z')

/** Tickets 12 hours apart: 1,000 tickets span 500 days, inside the default 24-month lookback. */
function sidebarFor(ticketCount: number, settings: Partial<HistorySettings> = {}) {
  return openGeneratedSidebar({ ticketCount, now, settings })
}

describe('requests per load', () => {
  it.each([
    { tickets: 1, pages: 1, comments: 1 },
    { tickets: 12, pages: 1, comments: 6 },
    { tickets: 100, pages: 1, comments: 6 },
    { tickets: 101, pages: 2, comments: 6 },
    { tickets: 250, pages: 3, comments: 6 }
  ])(
    '$tickets tickets: $pages ticket pages, no user or organization request, $comments comment requests',
    async (row) => {
      const sidebar = sidebarFor(row.tickets)
      const history = await sidebar.loadHistory()

      expect(history.tickets).toHaveLength(row.tickets)
      expect(countRequests(sidebar.api.requests)).toEqual({
        ticketPages: Math.ceil(row.tickets / 100),
        users: 0,
        organizations: 0,
        comments: row.comments,
        related: 1,
        total: row.pages + row.comments + 1
      })
    }
  )

  it('1000 tickets under maxTickets 1000: 10 pages and the same 6 comment requests', async () => {
    const sidebar = sidebarFor(1000, { maxTickets: 1000 })
    const history = await sidebar.loadHistory()

    expect(history.tickets).toHaveLength(1000)
    expect(countRequests(sidebar.api.requests)).toMatchObject({ ticketPages: 10, comments: 6, related: 1, total: 17 })
  })

  it('stops at the ticket budget: 1000 tickets under the default maxTickets 300 cost 3 pages', async () => {
    const sidebar = sidebarFor(1000)
    const history = await sidebar.loadHistory()

    expect(history.tickets).toHaveLength(300)
    expect(history.partial).toBe(false)
    expect(countRequests(sidebar.api.requests).ticketPages).toBe(3)
  })

  it('stops at the lookback: tickets a week apart, 6 months back, read from 1 page instead of 3', async () => {
    const sidebar = openGeneratedSidebar({
      ticketCount: 250,
      now,
      spacingHours: 24 * 7,
      settings: { lookbackMonths: 6 }
    })
    const history = await sidebar.loadHistory()

    expect(history.tickets.length).toBeGreaterThan(20)
    expect(history.tickets.length).toBeLessThan(30)
    expect(countRequests(sidebar.api.requests).ticketPages).toBe(1)
  })

  it('reads the comments of exactly recentTicketsWithComments other tickets', async () => {
    const sidebar = sidebarFor(40, { recentTicketsWithComments: 10 })
    const history = await sidebar.loadHistory()

    expect(countRequests(sidebar.api.requests).comments).toBe(11)
    expect(history.tickets.slice(0, 11).every((ticket) => ticket.comments?.length === 2)).toBe(true)
    expect(history.tickets.slice(11).every((ticket) => ticket.comments === null)).toBe(true)
  })

  it('makes no request at all when the same requester is loaded again within cacheMinutes', async () => {
    const sidebar = sidebarFor(250)
    const first = await sidebar.loadHistory()
    const before = sidebar.api.requests.length

    const again = await sidebar.loadHistory()

    expect(sidebar.api.requests.length).toBe(before)
    expect(again).toEqual(first)
  })

  it('asks again once cacheMinutes have passed', async () => {
    const sidebar = sidebarFor(12, { recentTicketsWithComments: 0 })
    await sidebar.loadHistory()
    const before = sidebar.api.requests.length
    sidebar.clock.advanceBy(10 * 60_000 + 1)

    await sidebar.loadHistory()

    expect(sidebar.api.requests.length - before).toBe(3)
  })

  it('never caches when cacheMinutes is 0', async () => {
    const sidebar = sidebarFor(12, { recentTicketsWithComments: 0, cacheMinutes: 0 })
    await sidebar.loadHistory()
    await sidebar.loadHistory()

    expect(countRequests(sidebar.api.requests)).toMatchObject({ ticketPages: 2, comments: 2, related: 2 })
  })
})

describe('requests across sidebar instances of the same browser tab', () => {
  it('another ticket of the same requester reads the ticket pages again: no history is kept in browser storage', async () => {
    const dataset = generatedDataset({ ticketCount: 250, now })
    const first = openSidebar({
      dataset,
      ticketId: generatedTicketId(0, 250),
      requesterId: generatedRequesterId,
      now
    })
    await first.loadHistory()

    const second = openSidebar({
      dataset,
      ticketId: generatedTicketId(3, 250),
      requesterId: generatedRequesterId,
      now
    })
    const history = await second.loadHistory()

    expect(history.currentTicketId).toBe(generatedTicketId(3, 250))
    expect(history.tickets).toHaveLength(250)
    expect(countRequests(second.api.requests)).toEqual({
      ticketPages: 3,
      users: 0,
      organizations: 0,
      comments: 6,
      related: 1,
      total: 10
    })
  })

  it('in the same instance, switching to another ticket of the requester reads only that ticket fresh', async () => {
    const sidebar = sidebarFor(12)
    await sidebar.loadHistory()
    const before = sidebar.api.requests.length
    sidebar.sdk.ticketData['ticket.id'] = generatedTicketId(2, 12)

    const history = await sidebar.loadHistory()

    expect(history.currentTicketId).toBe(generatedTicketId(2, 12))
    expect(sidebar.api.requests.slice(before)).toEqual([
      `/api/v2/tickets/${generatedTicketId(2, 12)}/comments.json?page[size]=100`
    ])
  })
})

/**
 * Holds every request until the test releases the whole batch: one release is one round trip, so the count of
 * releases is the load's critical path in round trips, whatever the fakes' speed.
 */
async function loadInRoundTrips(sidebar: Sidebar) {
  const held: Array<() => void> = []
  const rounds: string[][] = []
  const request = sidebar.sdk.request.bind(sidebar.sdk)
  sidebar.sdk.request = (options) =>
    new Promise((resolve, reject) => held.push(() => void request(options).then(resolve, reject)))
  let settled = false
  const result = sidebar.loader.load().finally(() => (settled = true))
  let before = 0
  for (;;) {
    await flushPromises()
    if (settled) break
    if (held.length === 0) throw new Error('the load is waiting on something other than a request')
    held.splice(0).forEach((release) => release())
    rounds.push(sidebar.api.requests.slice(before))
    before = sidebar.api.requests.length
  }
  return { result: await result, rounds }
}

describe('the lifetime ticket count', () => {
  it('is read in the first round trip, beside the first ticket page: no extra round trip', async () => {
    const sidebar = sidebarFor(250, { recentTicketsWithComments: 0 })
    const { result, rounds } = await loadInRoundTrips(sidebar)

    expect(result.ok && result.value.coverage.lifetimeTicketCount).toBe(250)
    const [first, ...later] = rounds
    expect(countRequests(first ?? [])).toMatchObject({ ticketPages: 1, related: 1 })
    expect(later.every((round) => countRequests(round).related === 0)).toBe(true)
    // Pages 1 → 2 → 3 are sequential (each needs the cursor before it); nothing else adds a round.
    expect(rounds).toHaveLength(3)
  })

  it('a failed related.json leaves the count unknown and the history whole', async () => {
    const sidebar = sidebarFor(12)
    sidebar.api.queueFaults(/related\.json/, http(403, { error: 'Forbidden' }))
    const history = await sidebar.loadHistory()

    expect(history.coverage.lifetimeTicketCount).toBeNull()
    expect(history.partial).toBe(false)
    expect(history.tickets).toHaveLength(12)
  })

  it('an unreadable related.json body leaves the count unknown', async () => {
    const sidebar = sidebarFor(12)
    sidebar.api.queueFaults(/related\.json/, http(200, { user_related: { requested_tickets: 'many' } }))

    expect((await sidebar.loadHistory()).coverage.lifetimeTicketCount).toBeNull()
  })

  it('reports the lifetime count beyond the lookback: 250 tickets a week apart, 6 months read', async () => {
    const sidebar = openGeneratedSidebar({
      ticketCount: 250,
      now,
      spacingHours: 24 * 7,
      settings: { lookbackMonths: 6 }
    })
    const history = await sidebar.loadHistory()

    expect(history.coverage).toMatchObject({ lifetimeTicketCount: 250, lookbackMonths: 6 })
    expect(history.tickets.length).toBeLessThan(30)
  })
})
