/**
 * An organization's whole account in the fewest requests: the organization, its users (100 per page) and its
 * tickets (100 per page, metric sets side-loaded) — one request per hundred records, never one per requester or
 * per ticket. Tickets are read without comments: across hundreds of requesters the description (the customer's
 * first message) is what the budget affords; the requester view reads every comment.
 */
import * as v from 'valibot'
import { windowOnlyCoverage, type Organization, type RequesterHistory } from '../../insight'
import { nextPage, startTrail } from '../../zendesk/pagination'
import { newestFirst } from '../../zendesk/requesterTickets'
import { toHistoryTicket, toOrganization, toRequester } from '../../zendesk/toDomain'
import type { ZendeskResult } from '../../zendesk/zendeskError'
import {
  organizationResponse,
  readEach,
  sideLoaded,
  ticketsPage,
  zendeskTicket,
  zendeskTicketMetrics,
  zendeskUser
} from '../../zendesk/zendeskResponses'
import type { ZendeskReader } from './zendeskFetch'

const usersPage = v.object({ users: v.array(v.unknown()) })

export const organizationUsersUrl = (organizationId: number) =>
  `/api/v2/organizations/${organizationId}/users.json?page[size]=100`
export const organizationTicketsUrl = (organizationId: number) =>
  `/api/v2/organizations/${organizationId}/tickets.json?page[size]=100&include=metric_sets`
export const organizationUrl = (organizationId: number) => `/api/v2/organizations/${organizationId}.json`

export interface OrganizationAccount {
  organization: Organization
  histories: RequesterHistory[]
  partial: boolean
}

/**
 * Follows cursor pages while their pagination is coherent (see zendesk/pagination.ts); a failed later page, an
 * incoherent one or a record that does not parse ends the list partial.
 */
async function readPages<T>(
  firstUrl: string,
  reader: ZendeskReader,
  readPage: (body: unknown) => { items: T[]; records: number; unreadable: number } | null
): Promise<ZendeskResult<{ items: T[]; partial: boolean }>> {
  const items: T[] = []
  const trail = startTrail(firstUrl)
  let partial = false
  let url: string | null = firstUrl
  while (url !== null) {
    const answer = await reader.getJson(url)
    const page = answer.ok ? readPage(answer.value) : null
    if (!answer.ok || page === null) {
      if (url === firstUrl) return answer.ok ? { ok: false, error: { kind: 'malformed' } } : answer
      return { ok: true, value: { items, partial: true } }
    }
    items.push(...page.items)
    if (page.unreadable > 0) partial = true
    const step = nextPage(answer.value, page.records, trail)
    if (step.kind === 'incoherent') partial = true
    url = step.kind === 'next' ? step.url : null
  }
  return { ok: true, value: { items, partial } }
}

export async function readOrganizationAccount(
  organizationId: number,
  reader: ZendeskReader
): Promise<ZendeskResult<OrganizationAccount>> {
  const organizationAnswer = await reader.getJson(organizationUrl(organizationId))
  if (!organizationAnswer.ok) return organizationAnswer
  const parsedOrganization = v.safeParse(organizationResponse, organizationAnswer.value)
  if (!parsedOrganization.success) return { ok: false, error: { kind: 'malformed' } }
  const organization = toOrganization(parsedOrganization.output.organization)

  const users = await readPages(organizationUsersUrl(organizationId), reader, (body) => {
    const page = v.safeParse(usersPage, body)
    if (!page.success) return null
    const { records, unreadable } = readEach(page.output.users, zendeskUser)
    return { items: records, records: page.output.users.length, unreadable }
  })
  if (!users.ok) return users
  const tickets = await readPages(organizationTicketsUrl(organizationId), reader, (body) => {
    const page = v.safeParse(ticketsPage, body)
    if (!page.success) return null
    const metrics = new Map(
      sideLoaded(page.output.metric_sets, zendeskTicketMetrics).map((set) => [set.ticket_id, set])
    )
    const { records, unreadable } = readEach(page.output.tickets, zendeskTicket)
    const items = records.flatMap((ticket) => {
      const historyTicket = toHistoryTicket(ticket, metrics.get(ticket.id))
      return historyTicket && ticket.requester_id ? [{ requesterId: ticket.requester_id, ticket: historyTicket }] : []
    })
    return { items, records: page.output.tickets.length, unreadable }
  })
  if (!tickets.ok) return tickets

  const byRequester = new Map<number, RequesterHistory['tickets']>()
  for (const { requesterId, ticket } of tickets.value.items) {
    const list = byRequester.get(requesterId) ?? []
    list.push(ticket)
    byRequester.set(requesterId, list)
  }
  const partial = users.value.partial || tickets.value.partial
  const histories = users.value.items.map((user): RequesterHistory => {
    const requesterTickets = (byRequester.get(user.id) ?? []).sort(newestFirst)
    return {
      requester: toRequester(user),
      organization,
      tickets: requesterTickets,
      currentTicketId: requesterTickets[0]?.id ?? -1,
      partial,
      coverage: windowOnlyCoverage(0)
    }
  })
  return { ok: true, value: { organization, histories, partial } }
}
