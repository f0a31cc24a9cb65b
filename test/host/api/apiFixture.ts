import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Hono } from 'hono'
import { createFakeZendeskApi, type ServedRequest } from '../../../src/host/api/fakeZendeskApi'
import { loadDataset } from '../../../src/host/dataset/loadDataset'
import { FaultInjector } from '../../../src/host/faults/faultInjector'

/**
 * A dataset in the shapes of the Zendesk API reference examples, for the fake API tests: one requester with 250
 * tickets (ids above 2^32, one a day), an agent who answered them, an organization with a plan field, and one
 * long ticket with 150 comments.
 */
export const requesterId = 3_620_000_101
export const agentId = 3_610_000_001
export const organizationId = 3_600_000_101
export const firstTicketId = 4_294_967_296
export const ticketCount = 250
export const longTicketId = firstTicketId + 7
export const origin = 'http://127.0.0.1:4567'

const day = 86_400_000
const start = Date.parse('2024-01-01T09:00:00Z')

export function ticketIdAt(index: number): number {
  return firstTicketId + index
}

/** Ticket i was created on day i and last updated on day 500 - i: created and updated orders are opposite. */
export function fixtureTickets() {
  return Array.from({ length: ticketCount }, (_, index) => {
    const id = ticketIdAt(index)
    const createdAt = new Date(start + index * day).toISOString()
    const commentTotal = id === longTicketId ? 150 : 2
    return {
      id,
      subject: `Question ${index}`,
      status: index % 2 === 0 ? 'solved' : 'open',
      requester_id: requesterId,
      assignee_id: agentId,
      created_at: createdAt,
      updated_at: new Date(start + (500 - index) * day).toISOString(),
      tags: ['billing'],
      satisfaction_rating: index % 3 === 0 ? null : { score: 'unoffered' },
      comments: Array.from({ length: commentTotal }, (_, commentIndex) => ({
        id: 10_000_000_000 + index * 1000 + commentIndex,
        author_id: commentIndex % 2 === 0 ? requesterId : agentId,
        body: `Comment ${commentIndex}`,
        created_at: new Date(start + index * day + commentIndex * 60_000).toISOString()
      }))
    }
  })
}

export interface ApiHarness {
  request: (path: string, init?: RequestInit) => Promise<Response>
  json: (path: string) => Promise<{ status: number; body: Record<string, unknown> }>
  served: ServedRequest[]
  faults: FaultInjector
  cleanup: () => void
}

export function createApiHarness(defaultFaults = ''): ApiHarness {
  const folder = mkdtempSync(join(tmpdir(), 'rapport-api-'))
  writeFileSync(
    join(folder, 'users.json'),
    JSON.stringify([
      { id: agentId, name: 'Dana Whitfield', role: 'agent', created_at: '2020-01-01T00:00:00Z' },
      {
        id: requesterId,
        name: 'Maria Keller',
        email: 'maria@example.com',
        created_at: '2022-01-01T00:00:00Z',
        organization_id: organizationId
      }
    ])
  )
  writeFileSync(
    join(folder, 'organizations.json'),
    JSON.stringify([
      {
        id: organizationId,
        name: 'Northwind',
        created_at: '2021-01-01T00:00:00Z',
        tags: ['premium'],
        organization_fields: { plan: 'enterprise' }
      }
    ])
  )
  writeFileSync(
    join(folder, 'tickets.json'),
    fixtureTickets()
      .map((ticket) => JSON.stringify(ticket))
      .join('\n')
  )
  const dataset = loadDataset(folder)
  const served: ServedRequest[] = []
  const faults = new FaultInjector(defaultFaults)
  const app = new Hono()
  app.route(
    '/api/v2',
    createFakeZendeskApi({ dataset, faults, currentUserId: agentId, onServed: (entry) => served.push(entry) })
  )
  const request = (path: string, init: RequestInit = {}) =>
    Promise.resolve(app.request(new Request(path.startsWith('http') ? path : `${origin}${path}`, init)))
  return {
    request,
    json: async (path) => {
      const response = await request(path)
      return { status: response.status, body: (await response.json()) as Record<string, unknown> }
    },
    served,
    faults,
    cleanup: () => rmSync(folder, { recursive: true, force: true })
  }
}
