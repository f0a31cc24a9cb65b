/**
 * Datasets for the fake Zendesk API, as Zendesk JSON objects: the contract fixtures as they are, or a requester
 * with N tickets generated in the same shapes.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

export type ZendeskJson = Record<string, unknown>

export interface FakeTicket {
  ticket: ZendeskJson
  comments: ZendeskJson[]
  metricSet: ZendeskJson | null
}

export interface FakeDataset {
  users: ZendeskJson[]
  organizations: ZendeskJson[]
  tickets: FakeTicket[]
  /** Lifetime ticket counts users/{id}/related.json reports, when not the tickets above (older ones archived). */
  lifetimeTicketCounts?: Map<unknown, number>
}

const fixturesDir = resolve(import.meta.dirname, '../../fixtures/zendesk')

export function readFixture(name: string): ZendeskJson {
  return JSON.parse(readFileSync(resolve(fixturesDir, name), 'utf8')) as ZendeskJson
}

function records(value: unknown): ZendeskJson[] {
  return Array.isArray(value) ? (value as ZendeskJson[]) : []
}

/** The fixtures requester: 10512783901, current ticket 2147483701, "now" 2025-06-01. */
export const fixtureRequesterId = 10512783901
export const fixtureCurrentTicketId = 2147483701
export const fixtureNow = Date.parse('2025-06-01T12:00:00Z')

export function fixtureDataset(): FakeDataset {
  const pages = [readFixture('requested-tickets-page-1.json'), readFixture('requested-tickets-page-2.json')]
  const user = readFixture('user-with-organizations.json')
  const comments = records(readFixture('ticket-comments.json').comments)
  const users = new Map<unknown, ZendeskJson>()
  for (const item of [user.user as ZendeskJson, ...pages.flatMap((page) => records(page.users))])
    users.set(item.id, item)
  const metricSets = pages.flatMap((page) => records(page.metric_sets))
  return {
    users: [...users.values()],
    organizations: records(user.organizations),
    tickets: pages
      .flatMap((page) => records(page.tickets))
      .map((ticket) => ({
        ticket,
        comments:
          ticket.id === fixtureCurrentTicketId
            ? comments
            : [
                comment(
                  Number(ticket.id) * 10,
                  fixtureRequesterId,
                  String(ticket.description),
                  String(ticket.created_at)
                )
              ],
        metricSet: metricSets.find((set) => set.ticket_id === ticket.id) ?? null
      }))
  }
}

export const generatedRequesterId = 9_000_000_000_001
export const generatedOrganizationId = 8_000_000_000_001
const agentId = 7_000_000_000_001

/**
 * A requester with `ticketCount` tickets, one every `spacingHours` back from `now` (newest first, ids rising with
 * time), each with two comments and a metric set. The newest ticket is the one open in the sidebar.
 */
export function generatedDataset(input: { ticketCount: number; now: number; spacingHours?: number }): FakeDataset {
  const spacingMs = (input.spacingHours ?? 12) * 3_600_000
  const tickets: FakeTicket[] = []
  for (let index = 0; index < input.ticketCount; index += 1) {
    const id = generatedTicketId(index, input.ticketCount)
    const createdAt = new Date(input.now - (index + 1) * spacingMs).toISOString()
    tickets.push({
      ticket: {
        url: `https://acme.zendesk.com/api/v2/tickets/${id}.json`,
        id,
        subject: `Question ${id}`,
        description: `I have a question about order ${id}.`,
        status: index === 0 ? 'open' : 'closed',
        created_at: createdAt,
        updated_at: createdAt,
        requester_id: generatedRequesterId,
        submitter_id: generatedRequesterId,
        assignee_id: agentId,
        organization_id: generatedOrganizationId,
        tags: ['generated'],
        via: { channel: 'email', source: { from: {}, to: {}, rel: null } },
        custom_fields: [{ id: 360012345671, value: null }],
        satisfaction_rating: index % 3 === 0 ? null : { score: index % 3 === 1 ? 'good' : 'unoffered' }
      },
      comments: [
        comment(id * 10 + 1, generatedRequesterId, `Please help with order ${id}.`, createdAt),
        comment(id * 10 + 2, agentId, `Done for order ${id}.`, createdAt)
      ],
      metricSet: { id: id + 1, ticket_id: id, reopens: index % 4 === 0 ? 1 : 0, replies: 1, created_at: createdAt }
    })
  }
  return {
    users: [
      {
        id: generatedRequesterId,
        name: 'Generated Requester',
        email: 'requester@example.com',
        created_at: '2020-01-01T00:00:00Z',
        organization_id: generatedOrganizationId,
        role: 'end-user',
        tags: [],
        user_fields: {},
        active: true
      },
      { id: agentId, name: 'Agent', email: 'agent@example.com', created_at: '2019-01-01T00:00:00Z', role: 'agent' }
    ],
    organizations: [
      {
        id: generatedOrganizationId,
        name: 'Generated Org',
        created_at: '2019-01-01T00:00:00Z',
        tags: ['business'],
        organization_fields: { plan: 'business' }
      }
    ],
    tickets
  }
}

/** Ticket ids above 2^31, rising with creation time. */
export function generatedTicketId(indexNewestFirst: number, ticketCount: number): number {
  return 3_000_000_000 + (ticketCount - indexNewestFirst)
}

function comment(id: number, authorId: number, body: string, createdAt: string): ZendeskJson {
  return {
    id,
    type: 'Comment',
    author_id: authorId,
    body,
    html_body: `<div class="zd-comment" dir="auto"><p dir="auto">${body}</p></div>`,
    plain_body: body,
    public: true,
    attachments: [],
    created_at: createdAt
  }
}
