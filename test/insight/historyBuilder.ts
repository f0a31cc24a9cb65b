/**
 * Hand-built RequesterHistory fixtures: a requester, their organization and tickets placed in days before a
 * fixed `now`, with the requester's messages and agent replies as comments. Tests describe a story; the
 * builder fills in the Zendesk-shaped details.
 */
import {
  type HistoryTicket,
  type Organization,
  type Requester,
  type RequesterHistory,
  type SatisfactionScore,
  type TicketComment,
  windowOnlyCoverage,
  type HistoryCoverage
} from '../../src/insight/requesterHistory'

export const now = new Date('2025-06-02T12:00:00Z')
const dayMs = 86_400_000

export function daysAgo(days: number): string {
  return new Date(now.getTime() - days * dayMs).toISOString()
}

export const requesterId = 9_000_000_001
export const agentId = 501

export interface TicketSpec {
  daysAgo: number
  subject?: string
  tags?: string[]
  satisfaction?: SatisfactionScore
  reopens?: number | null
  status?: HistoryTicket['status']
  /** The first message; defaults to the requester's first message when `said` is given, else a neutral question. */
  description?: string
  /** The requester's messages in this ticket (become comments). */
  said?: string[]
  /** Agent replies (become comments, after the requester message of the same position). */
  agentReplies?: string[]
  /** Raw comments, when a test needs exact control (htmlBody, other authors). */
  comments?: TicketComment[] | null
}

export class HistoryBuilder {
  private requesterRecord: Requester = {
    id: requesterId,
    name: 'Maria Lopez',
    email: 'maria@example.com',
    createdAt: daysAgo(400),
    tags: [],
    fields: {},
    organizationId: null,
    locale: 'en-US'
  }
  private organizationRecord: Organization | null = null
  private readonly tickets: HistoryTicket[] = []
  private currentId: number | null = null
  private isPartial = false
  private coverageRecord: HistoryCoverage = windowOnlyCoverage(24)
  private nextId = 1000

  requester(overrides: Partial<Requester> & { createdDaysAgo?: number }): this {
    const { createdDaysAgo, ...rest } = overrides
    this.requesterRecord = {
      ...this.requesterRecord,
      ...(createdDaysAgo === undefined ? {} : { createdAt: daysAgo(createdDaysAgo) }),
      ...rest
    }
    return this
  }

  organization(overrides: Partial<Organization>): this {
    this.organizationRecord = {
      id: 77,
      name: 'Acme Corp',
      createdAt: daysAgo(2000),
      tags: [],
      fields: {},
      ...overrides
    }
    this.requesterRecord = { ...this.requesterRecord, organizationId: this.organizationRecord.id }
    return this
  }

  /** An earlier ticket. */
  ticket(spec: TicketSpec): this {
    this.tickets.push(this.buildTicket(spec))
    return this
  }

  /** The ticket the agent has open. */
  current(spec: Omit<TicketSpec, 'daysAgo'> & { daysAgo?: number }): this {
    const ticket = this.buildTicket({ status: 'open', ...spec, daysAgo: spec.daysAgo ?? 0 })
    this.tickets.push(ticket)
    this.currentId = ticket.id
    return this
  }

  partial(): this {
    this.isPartial = true
    return this
  }

  /** What the loader knew beyond the tickets: the lifetime count, the lookback, a capped read. */
  coverage(overrides: Partial<HistoryCoverage>): this {
    this.coverageRecord = { ...this.coverageRecord, ...overrides }
    return this
  }

  build(): RequesterHistory {
    const tickets = [...this.tickets].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))
    return {
      requester: this.requesterRecord,
      organization: this.organizationRecord,
      tickets,
      currentTicketId: this.currentId ?? tickets[0]?.id ?? 0,
      partial: this.isPartial,
      coverage: this.coverageRecord
    }
  }

  private buildTicket(spec: TicketSpec): HistoryTicket {
    const id = this.nextId++
    const createdAt = daysAgo(spec.daysAgo)
    const said = spec.said ?? []
    const replies = spec.agentReplies ?? []
    const comments =
      spec.comments !== undefined
        ? spec.comments
        : said.length + replies.length > 0
          ? this.conversation(id, spec.daysAgo, said, replies)
          : null
    return {
      id,
      subject: spec.subject ?? 'Question about my account',
      description: spec.description ?? said[0] ?? 'I have a question about my account settings.',
      status: spec.status ?? 'solved',
      createdAt,
      updatedAt: createdAt,
      tags: spec.tags ?? [],
      satisfaction: spec.satisfaction ?? 'unoffered',
      reopens: spec.reopens === undefined ? 0 : spec.reopens,
      replies: replies.length,
      channel: 'email',
      comments
    }
  }

  private conversation(ticketId: number, days: number, said: string[], replies: string[]): TicketComment[] {
    const comments: TicketComment[] = []
    const turns = Math.max(said.length, replies.length)
    for (let turn = 0; turn < turns; turn++) {
      const customer = said[turn]
      const agent = replies[turn]
      if (customer !== undefined)
        comments.push(comment(ticketId * 100 + comments.length, requesterId, customer, days, comments.length))
      if (agent !== undefined)
        comments.push(comment(ticketId * 100 + comments.length, agentId, agent, days, comments.length))
    }
    return comments
  }
}

function comment(id: number, authorId: number, body: string, days: number, position: number): TicketComment {
  return {
    id,
    authorId,
    body,
    htmlBody: null,
    public: true,
    createdAt: new Date(now.getTime() - days * dayMs + position * 3_600_000).toISOString()
  }
}

export function history(): HistoryBuilder {
  return new HistoryBuilder()
}
