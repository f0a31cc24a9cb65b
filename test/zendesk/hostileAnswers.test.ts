/**
 * Issue 13 items 2 and 3: a damaged answer is never shown as a complete history. Incoherent pagination and the
 * ticket budget are said as such; a record that does not parse, or is impossibly dated, is left out and counted
 * while the rest is used; ids are exact positive integers or refused.
 */
import { describe, expect, it } from 'vitest'
import { requestedTicketsUrl } from '../../src/zendesk/requesterTickets'
import { createFakeZendeskApi, http, type FakeZendeskApi } from './fakes/fakeZendeskApi'
import { openGeneratedSidebar, type Sidebar } from './fakes/loaderHarness'
import { generatedRequesterId, generatedTicketId } from './fakes/requesterDataset'

const now = Date.parse('2025-06-01T12:00:00Z')
const firstPage = /\/tickets\/requested\.json\?page\[size\]=100/
const comments = /\/comments\.json/

/** The body the fake API would answer for `url`, for a test to damage (read from a twin, so nothing is counted). */
function bodyOf(api: FakeZendeskApi, url: string): Record<string, unknown> {
  const answer = createFakeZendeskApi(api.dataset).answer(url)
  if (answer.kind !== 'http') throw new Error('expected an HTTP answer')
  return JSON.parse(answer.body) as Record<string, unknown>
}

async function historyWithFirstPage(ticketCount: number, damage: (page: Record<string, unknown>) => void) {
  const view = openGeneratedSidebar({ ticketCount, now })
  const page = bodyOf(view.api, requestedTicketsUrl(generatedRequesterId))
  damage(page)
  view.api.queueFaults(firstPage, http(200, page))
  return { view, history: await view.loadHistory() }
}

function ticketRecord(view: Sidebar, indexNewestFirst: number, ticketCount: number) {
  const id = generatedTicketId(indexNewestFirst, ticketCount)
  const found = view.api.dataset.tickets.find(({ ticket }) => ticket.id === id)
  if (!found) throw new Error(`no ticket ${id}`)
  return found
}

describe('ticket pagination that does not add up', () => {
  it.each([
    ['has_more without links.next', (page: Record<string, unknown>) => (page.links = { next: null })],
    ['no meta', (page: Record<string, unknown>) => delete page.meta],
    [
      'a links.next off /api/v2',
      (page: Record<string, unknown>) => (page.links = { next: 'https://evil.example/steal?page[after]=x' })
    ],
    [
      'a links.next back to the first page',
      (page: Record<string, unknown>) => (page.links = { next: requestedTicketsUrl(generatedRequesterId) })
    ]
  ])('shows the 100 tickets of page 1 of 250 as partial when page 1 has %s', async (_, damage) => {
    const { view, history } = await historyWithFirstPage(250, damage)

    expect(history.tickets).toHaveLength(100)
    expect(history.partial).toBe(true)
    expect(view.api.requests.filter((url) => url.includes('requested.json'))).toHaveLength(1)
  })

  it('stops at a repeated cursor and calls the history partial', async () => {
    const view = openGeneratedSidebar({ ticketCount: 250, now })
    const page1 = bodyOf(view.api, requestedTicketsUrl(generatedRequesterId))
    const next = (page1.links as { next: string }).next
    const page2 = bodyOf(view.api, next)
    page2.links = { next } // page 2 points at itself
    view.api.queueFaults(/page%5Bafter%5D/, http(200, page2))

    const history = await view.loadHistory()

    expect(history.tickets).toHaveLength(200)
    expect(history.partial).toBe(true)
  })

  it('calls a page that promises more but holds fewer records than the first page partial', async () => {
    const view = openGeneratedSidebar({ ticketCount: 250, now })
    const page1 = bodyOf(view.api, requestedTicketsUrl(generatedRequesterId))
    const page2 = bodyOf(view.api, (page1.links as { next: string }).next)
    page2.tickets = (page2.tickets as unknown[]).slice(0, 40)
    view.api.queueFaults(/page%5Bafter%5D/, http(200, page2))

    const history = await view.loadHistory()

    expect(history.tickets).toHaveLength(140)
    expect(history.partial).toBe(true)
  })

  it('reads 250 tickets of coherent pages as complete, budget not reached', async () => {
    const history = await openGeneratedSidebar({ ticketCount: 250, now }).loadHistory()

    expect(history.tickets).toHaveLength(250)
    expect(history.partial).toBe(false)
    expect(history.coverage).toMatchObject({ cappedAtMaxTickets: false, unreadableRecords: 0, implausibleDates: 0 })
  })
})

describe('the ticket budget', () => {
  it('marks a requester with more tickets than maxTickets as capped: "at least 300"', async () => {
    const history = await openGeneratedSidebar({ ticketCount: 450, now, spacingHours: 1 }).loadHistory()

    expect(history.tickets).toHaveLength(300)
    expect(history.coverage.cappedAtMaxTickets).toBe(true)
    expect(history.coverage.lookbackMonths).toBe(24)
  })

  it('does not call exactly maxTickets tickets capped', async () => {
    const history = await openGeneratedSidebar({
      ticketCount: 300,
      now,
      spacingHours: 1
    }).loadHistory()

    expect(history.tickets).toHaveLength(300)
    expect(history.coverage.cappedAtMaxTickets).toBe(false)
  })
})

describe('records that fail alone', () => {
  it.each([
    ['a string id', { id: '3000000010' }],
    ['an id above 2^53', { id: 2 ** 53 + 2 }],
    ['a created_at that is not a date', { created_at: 'last Tuesday' }],
    ['a zero id', { id: 0 }]
  ])('leaves out one ticket with %s, counts it, and uses the rest (partial)', async (_, damage) => {
    const { history } = await historyWithFirstPage(12, (page) => {
      const tickets = page.tickets as Array<Record<string, unknown>>
      Object.assign(tickets[3] as object, damage)
    })

    expect(history.tickets).toHaveLength(11)
    expect(history.coverage.unreadableRecords).toBe(1)
    expect(history.partial).toBe(true)
  })

  it('leaves out impossibly dated tickets and counts them, without calling the history partial', async () => {
    const view = openGeneratedSidebar({ ticketCount: 12, now })
    ticketRecord(view, 4, 12).ticket.created_at = '+275760-09-13T00:00:00.000Z'
    ticketRecord(view, 5, 12).ticket.created_at = '2025-06-05T00:00:00Z' // four days in the future
    ticketRecord(view, 6, 12).ticket.created_at = '1970-01-01T00:00:00Z'

    const history = await view.loadHistory()

    expect(history.tickets).toHaveLength(9)
    expect(history.coverage.implausibleDates).toBe(3)
    expect(history.partial).toBe(false)
  })

  it('reads tenure from the tickets when the requester’s created_at is impossible', async () => {
    const view = openGeneratedSidebar({ ticketCount: 12, now })
    const user = view.api.dataset.users.find((candidate) => candidate.id === generatedRequesterId)
    if (user) user.created_at = '+275760-09-13T00:00:00.000Z'

    const history = await view.loadHistory()

    expect(history.requester.createdAt).toBe(history.tickets.at(-1)?.createdAt)
    expect(history.coverage.implausibleDates).toBe(1)
  })

  it('leaves out one unreadable comment, keeps the others, counts it and marks the history partial', async () => {
    const view = openGeneratedSidebar({ ticketCount: 3, now })
    const current = ticketRecord(view, 0, 3)
    current.comments.push({ id: 'x', author_id: generatedRequesterId, body: 'broken', created_at: 'never' })

    const history = await view.loadHistory()

    expect(history.tickets[0]?.comments).toHaveLength(2)
    expect(history.coverage.unreadableRecords).toBe(1)
    expect(history.partial).toBe(true)
  })
})

describe('comment pagination that does not add up', () => {
  it('keeps the comments read and marks the history partial when has_more comes without a next', async () => {
    const view = openGeneratedSidebar({ ticketCount: 3, now })
    const url = `/api/v2/tickets/${generatedTicketId(0, 3)}/comments.json?page[size]=100`
    const page = bodyOf(view.api, url)
    page.meta = { has_more: true }
    page.links = { next: null }
    view.api.queueFaults(comments, http(200, page))

    const history = await view.loadHistory()

    expect(history.tickets[0]?.comments).toHaveLength(2)
    expect(history.partial).toBe(true)
  })
})

describe('ids from ZAF', () => {
  it.each([
    ['a string above 2^53', '9007199254740993'],
    ['zero', 0],
    ['a negative number', -7],
    ['a fraction', 1.5]
  ])('refuses a requester id that is %s with invalidId, requesting nothing', async (_, id) => {
    const view = openGeneratedSidebar({ ticketCount: 3, now })
    view.sdk.ticketData['ticket.requester'] = { id }

    expect(await view.load()).toEqual({ ok: false, error: { kind: 'invalidId' } })
    expect(view.api.requests).toEqual([])
  })

  it('reads an exact id given as a digit string', async () => {
    const view = openGeneratedSidebar({ ticketCount: 3, now })
    view.sdk.ticketData['ticket.requester'] = { id: String(generatedRequesterId) }

    const history = await view.loadHistory()

    expect(history.requester.id).toBe(generatedRequesterId)
  })
})
