import { afterAll, describe, expect, it } from 'vitest'
import {
  agentId,
  createApiHarness,
  fixtureTickets,
  longTicketId,
  organizationId,
  origin,
  requesterId,
  ticketCount
} from './apiFixture'

const api = createApiHarness()
afterAll(() => api.cleanup())

type Json = Record<string, unknown>
const requested = `/api/v2/users/${requesterId}/tickets/requested.json`
const ids = (body: Json) => (body.tickets as Json[]).map((ticket) => ticket.id as number)
const byDate = (key: 'created_at' | 'updated_at', direction: 1 | -1) =>
  fixtureTickets()
    .sort((a, b) => (Date.parse(a[key]) - Date.parse(b[key])) * direction)
    .map((ticket) => ticket.id)

describe('the requester’s tickets, cursor paginated (contracts.md)', () => {
  it('walks every ticket once by following links.next until meta.has_more is false', async () => {
    const pages: Json[] = []
    let next: string | null = `${requested}?page[size]=100&sort=-created_at&include=users,organizations,metric_sets`
    while (next !== null) {
      const { status, body } = await api.json(next)
      expect(status).toBe(200)
      pages.push(body)
      const meta = body.meta as Json
      next = meta.has_more ? ((body.links as Json).next as string) : null
    }
    expect(pages.map((page) => (page.tickets as Json[]).length)).toEqual([100, 100, 50])
    expect(pages.map((page) => (page.meta as Json).has_more)).toEqual([true, true, false])
    expect(pages.flatMap(ids)).toEqual(byDate('created_at', -1))
  })

  it('gives absolute links on the requesting host that keep the query and carry an opaque cursor', async () => {
    const { body } = await api.json(`${requested}?page[size]=100&sort=-created_at&include=users`)
    const meta = body.meta as Json
    const next = new URL((body.links as Json).next as string)
    expect(next.origin).toBe(origin)
    expect(next.pathname).toBe(requested)
    expect(next.searchParams.get('page[size]')).toBe('100')
    expect(next.searchParams.get('sort')).toBe('-created_at')
    expect(next.searchParams.get('include')).toBe('users')
    expect(next.searchParams.get('page[after]')).toBe(meta.after_cursor)
    expect(typeof meta.before_cursor).toBe('string')
    expect(String(meta.after_cursor)).not.toMatch(/^\d+$/)
  })

  it('steps back with links.prev to the page before', async () => {
    const first = await api.json(`${requested}?page[size]=30&sort=created_at`)
    const second = await api.json((first.body.links as Json).next as string)
    const back = await api.json((second.body.links as Json).prev as string)
    expect(ids(back.body)).toEqual(ids(first.body))
    expect((back.body.meta as Json).has_more).toBe(false)
  })

  it('answers an empty page with no cursors past the end', async () => {
    const last = await api.json(`${requested}?page[size]=100&sort=created_at`)
    let page = last
    while ((page.body.meta as Json).has_more) page = await api.json((page.body.links as Json).next as string)
    const beyond = await api.json((page.body.links as Json).next as string)
    expect(beyond.body).toMatchObject({
      tickets: [],
      meta: { has_more: false, after_cursor: null, before_cursor: null },
      links: { next: null, prev: null }
    })
  })

  it.each([
    ['created_at', byDate('created_at', 1)],
    ['-created_at', byDate('created_at', -1)],
    ['updated_at', byDate('updated_at', 1)],
    ['-updated_at', byDate('updated_at', -1)]
  ])('sorts by %s', async (sort, expected) => {
    const { body } = await api.json(`${requested}?page[size]=5&sort=${sort}`)
    expect(ids(body)).toEqual(expected.slice(0, 5))
  })

  it('side-loads the users, organizations and metric sets of the page', async () => {
    const { body } = await api.json(
      `${requested}?page[size]=10&sort=-created_at&include=users,organizations,metric_sets`
    )
    expect((body.users as Json[]).map((user) => user.id).sort()).toEqual([agentId, requesterId].sort())
    expect(body.organizations).toMatchObject([
      { id: organizationId, tags: ['premium'], organization_fields: { plan: 'enterprise' } }
    ])
    const metricSets = body.metric_sets as Json[]
    expect(metricSets.map((metric) => metric.ticket_id)).toEqual(ids(body))
    expect(metricSets[0]).toMatchObject({ replies: 1, reopens: 0 })
  })

  it('side-loads nothing unasked', async () => {
    const { body } = await api.json(`${requested}?page[size]=10`)
    expect(Object.keys(body).sort()).toEqual(['links', 'meta', 'tickets'])
  })

  it('serves tickets in the Tickets API JSON format, ids above 2^31 exact', async () => {
    const response = await api.request(`${requested}?page[size]=1&sort=created_at`)
    const text = await response.text()
    expect(text).toContain(`"id":4294967296`)
    const ticket = (JSON.parse(text) as { tickets: Json[] }).tickets[0]
    expect(ticket).toMatchObject({
      url: `${origin}/api/v2/tickets/4294967296.json`,
      id: 4_294_967_296,
      subject: 'Question 0',
      description: 'Comment 0',
      status: 'solved',
      requester_id: requesterId,
      submitter_id: requesterId,
      assignee_id: agentId,
      organization_id: organizationId,
      tags: ['billing'],
      satisfaction_rating: null,
      via: { channel: 'web' }
    })
    expect(ticket).not.toHaveProperty('comments')
  })

  it('falls back to offset pagination without page[size]', async () => {
    const { body } = await api.json(`${requested}?per_page=100&page=2`)
    expect(body).toMatchObject({ count: ticketCount, previous_page: `${origin}${requested}?per_page=100&page=1` })
    expect(body.next_page).toBe(`${origin}${requested}?per_page=100&page=3`)
    expect((body.tickets as Json[]).length).toBe(100)
  })

  it.each([
    ['page[size]=101', 'InvalidPaginationParameter'],
    ['page[size]=0', 'InvalidPaginationParameter'],
    ['page[size]=10&page[after]=not-a-cursor', 'InvalidPaginationParameter'],
    ['page[size]=10&sort=subject', 'InvalidValue']
  ])('rejects %s with a 400', async (query, error) => {
    const { status, body } = await api.json(`${requested}?${query}`)
    expect(status).toBe(400)
    expect(body.error).toBe(error)
  })

  it('rejects a cursor made for another sort order', async () => {
    const { body } = await api.json(`${requested}?page[size]=10&sort=created_at`)
    const cursor = (body.meta as Json).after_cursor as string
    const { status } = await api.json(`${requested}?page[size]=10&sort=-updated_at&page[after]=${cursor}`)
    expect(status).toBe(400)
  })
})

describe('comments', () => {
  it('pages through a long conversation oldest first', async () => {
    const first = await api.json(`/api/v2/tickets/${longTicketId}/comments.json?page[size]=100`)
    const second = await api.json((first.body.links as Json).next as string)
    const comments = [...(first.body.comments as Json[]), ...(second.body.comments as Json[])]
    expect(comments).toHaveLength(150)
    expect((first.body.meta as Json).has_more).toBe(true)
    expect((second.body.meta as Json).has_more).toBe(false)
    expect(comments.map((comment) => comment.body)).toEqual(
      Array.from({ length: 150 }, (_, index) => `Comment ${index}`)
    )
  })

  it('serves the Ticket Comments JSON format with an html_body', async () => {
    const { body } = await api.json(`/api/v2/tickets/${longTicketId}/comments.json?page[size]=1&sort=-created_at`)
    expect(body.comments).toMatchObject([
      {
        type: 'Comment',
        author_id: agentId,
        body: 'Comment 149',
        plain_body: 'Comment 149',
        html_body: '<div class="zd-comment" dir="auto"><p dir="auto">Comment 149</p></div>',
        public: true,
        attachments: []
      }
    ])
  })
})

describe('single records', () => {
  it('shows a user with their organization side-loaded', async () => {
    const { status, body } = await api.json(`/api/v2/users/${requesterId}.json?include=organizations`)
    expect(status).toBe(200)
    expect(body.user).toMatchObject({
      id: requesterId,
      name: 'Maria Keller',
      role: 'end-user',
      organization_id: organizationId
    })
    expect(body.organizations).toMatchObject([{ id: organizationId, name: 'Northwind' }])
  })

  it('shows a user without organizations unless asked', async () => {
    const { body } = await api.json(`/api/v2/users/${requesterId}`)
    expect(Object.keys(body)).toEqual(['user'])
  })

  it('answers /users/me with the agent', async () => {
    const { body } = await api.json('/api/v2/users/me.json')
    expect(body.user).toMatchObject({ id: agentId, role: 'agent' })
  })

  it('shows an organization and a ticket', async () => {
    expect((await api.json(`/api/v2/organizations/${organizationId}.json`)).body.organization).toMatchObject({
      id: organizationId,
      organization_fields: { plan: 'enterprise' }
    })
    expect((await api.json(`/api/v2/tickets/${longTicketId}.json`)).body.ticket).toMatchObject({ id: longTicketId })
  })

  it.each([
    '/api/v2/users/1.json',
    '/api/v2/users/1/tickets/requested.json?page[size]=100',
    '/api/v2/organizations/1.json',
    '/api/v2/tickets/1.json',
    '/api/v2/tickets/1/comments.json?page[size]=100'
  ])('answers %s with 404 RecordNotFound', async (path) => {
    expect(await api.json(path)).toEqual({ status: 404, body: { error: 'RecordNotFound', description: 'Not found' } })
  })

  it('answers an endpoint it does not serve with 404 InvalidEndpoint, and writes with 405', async () => {
    expect((await api.json('/api/v2/macros.json')).body.error).toBe('InvalidEndpoint')
    const response = await api.request(`/api/v2/tickets/${longTicketId}.json`, { method: 'PUT', body: '{}' })
    expect(response.status).toBe(405)
  })
})

describe('the request log', () => {
  it('reports each request with its path, query and final status', async () => {
    const harness = createApiHarness()
    await harness.request(`/api/v2/users/${requesterId}.json?include=organizations`)
    await harness.request('/api/v2/users/1.json')
    expect(harness.served).toEqual([
      { method: 'GET', pathAndQuery: `/api/v2/users/${requesterId}.json?include=organizations`, status: 200 },
      { method: 'GET', pathAndQuery: '/api/v2/users/1.json', status: 404 }
    ])
    harness.cleanup()
  })
})
