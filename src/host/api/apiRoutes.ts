import type { Dataset, DatasetComment, DatasetTicket, DatasetUser } from '../dataset/datasetTypes'
import type { FaultEndpoint } from '../faults/faultSpec'
import { commentJson, metricSetJson, organizationJson, ticketJson, userJson } from './apiShapes'
import { paginate, type ListOrder } from './listPagination'
import { readIncludes, ticketSideLoads } from './sideLoads'
import { incrementalTicketExport } from './ticketExport'

/** What a fake-API endpoint answers; the Hono layer turns it into a response. */
export interface ApiAnswer {
  status: number
  body: unknown
}

interface ApiRequest {
  url: URL
  apiBase: string
  dataset: Dataset
  currentUserId: number | null
}

interface ApiRoute {
  /** Which fault target the endpoint belongs to. */
  endpoint: FaultEndpoint
  pattern: RegExp
  answer: (request: ApiRequest, id: number) => ApiAnswer
}

export const recordNotFound: ApiAnswer = { status: 404, body: { error: 'RecordNotFound', description: 'Not found' } }

/** The GET endpoints Rapport's data layer calls (contracts.md), plus the neighbours a curious app might try. */
const routes: ApiRoute[] = [
  { endpoint: 'tickets', pattern: /^\/users\/(\d+)\/tickets\/requested(?:\.json)?$/, answer: requestedTickets },
  {
    endpoint: 'user',
    pattern: /^\/users\/me(?:\.json)?$/,
    answer: (request) => showUser(request, request.currentUserId)
  },
  { endpoint: 'user', pattern: /^\/users\/(\d+)(?:\.json)?$/, answer: showUser },
  { endpoint: 'user', pattern: /^\/users\/(\d+)\/related(?:\.json)?$/, answer: userRelated },
  { endpoint: 'organization', pattern: /^\/organizations\/(\d+)(?:\.json)?$/, answer: showOrganization },
  // The companion's account-scale reads.
  { endpoint: 'tickets', pattern: /^\/organizations\/(\d+)\/tickets(?:\.json)?$/, answer: organizationTickets },
  { endpoint: 'user', pattern: /^\/organizations\/(\d+)\/users(?:\.json)?$/, answer: organizationUsers },
  {
    endpoint: 'tickets',
    pattern: /^\/incremental\/tickets\/cursor(?:\.json)?$/,
    answer: (request) => incrementalTicketExport(request.url, request.dataset, request.apiBase)
  },
  { endpoint: 'comments', pattern: /^\/tickets\/(\d+)\/comments(?:\.json)?$/, answer: ticketComments },
  { endpoint: 'ticket', pattern: /^\/tickets\/(\d+)\/metrics(?:\.json)?$/, answer: ticketMetric },
  { endpoint: 'ticket', pattern: /^\/tickets\/(\d+)(?:\.json)?$/, answer: showTicket },
  {
    endpoint: 'tickets',
    pattern: /^\/tickets(?:\.json)?$/,
    answer: (request) => ticketList(request, allTickets(request))
  }
]

export interface MatchedRoute {
  endpoint: FaultEndpoint
  answer: (request: ApiRequest) => ApiAnswer
}

/** Finds the endpoint for a path below /api/v2, or null for one the fake API does not serve. */
export function matchRoute(path: string): MatchedRoute | null {
  for (const route of routes) {
    const match = route.pattern.exec(path)
    if (match) return { endpoint: route.endpoint, answer: (request) => route.answer(request, Number(match[1] ?? 0)) }
  }
  return null
}

const ticketOrders: Array<ListOrder<DatasetTicket>> = [
  { name: 'id', descending: false, value: (ticket) => ticket.id },
  { name: '-id', descending: true, value: (ticket) => ticket.id },
  { name: 'created_at', descending: false, value: (ticket) => Date.parse(ticket.createdAt) },
  { name: '-created_at', descending: true, value: (ticket) => Date.parse(ticket.createdAt) },
  { name: 'updated_at', descending: false, value: (ticket) => Date.parse(ticket.updatedAt) },
  { name: '-updated_at', descending: true, value: (ticket) => Date.parse(ticket.updatedAt) }
]

const commentOrders: Array<ListOrder<DatasetComment>> = [
  { name: 'created_at', descending: false, value: (comment) => Date.parse(comment.createdAt) },
  { name: '-created_at', descending: true, value: (comment) => Date.parse(comment.createdAt) }
]

function requestedTickets(request: ApiRequest, userId: number): ApiAnswer {
  if (!request.dataset.users.has(userId)) return recordNotFound
  return ticketList(request, request.dataset.ticketsByRequester.get(userId) ?? [])
}

function organizationTickets(request: ApiRequest, organizationId: number): ApiAnswer {
  if (!request.dataset.organizations.has(organizationId)) return recordNotFound
  return ticketList(
    request,
    allTickets(request).filter((ticket) => ticket.organizationId === organizationId)
  )
}

const userOrders: Array<ListOrder<DatasetUser>> = [{ name: 'id', descending: false, value: (user) => user.id }]

function organizationUsers(request: ApiRequest, organizationId: number): ApiAnswer {
  if (!request.dataset.organizations.has(organizationId)) return recordNotFound
  const members = [...request.dataset.users.values()].filter((user) => user.organizationId === organizationId)
  const page = paginate(members, userOrders[0]!, request.url)
  if (!page.ok) return page.failure
  return { status: 200, body: { users: page.items.map((user) => userJson(user, request.apiBase)), ...page.paging } }
}

function allTickets(request: ApiRequest): DatasetTicket[] {
  return [...request.dataset.tickets.values()]
}

function ticketList(request: ApiRequest, tickets: DatasetTicket[]): ApiAnswer {
  const order = chooseOrder(request.url, ticketOrders, 'id')
  if (!order) return invalidSort(ticketOrders)
  const page = paginate(tickets, order, request.url)
  if (!page.ok) return page.failure
  return {
    status: 200,
    body: {
      tickets: page.items.map((ticket) => ticketJson(ticket, request.apiBase)),
      ...ticketSideLoads(page.items, readIncludes(request.url), request.dataset, request.apiBase),
      ...page.paging
    }
  }
}

function showTicket(request: ApiRequest, ticketId: number): ApiAnswer {
  const ticket = request.dataset.tickets.get(ticketId)
  if (!ticket) return recordNotFound
  const sideLoads = ticketSideLoads([ticket], readIncludes(request.url), request.dataset, request.apiBase)
  return { status: 200, body: { ticket: ticketJson(ticket, request.apiBase), ...sideLoads } }
}

function ticketMetric(request: ApiRequest, ticketId: number): ApiAnswer {
  const metric = request.dataset.metricSets.get(ticketId)
  if (!metric) return recordNotFound
  return { status: 200, body: { ticket_metric: metricSetJson(metric, request.apiBase) } }
}

function ticketComments(request: ApiRequest, ticketId: number): ApiAnswer {
  const ticket = request.dataset.tickets.get(ticketId)
  if (!ticket) return recordNotFound
  const order = chooseOrder(request.url, commentOrders, 'created_at')
  if (!order) return invalidSort(commentOrders)
  const page = paginate(ticket.comments, order, request.url)
  if (!page.ok) return page.failure
  return { status: 200, body: { comments: page.items.map(commentJson), ...page.paging } }
}

function showUser(request: ApiRequest, userId: number | null): ApiAnswer {
  const user = userId === null ? undefined : request.dataset.users.get(userId)
  if (!user) return recordNotFound
  const body: Record<string, unknown> = { user: userJson(user, request.apiBase) }
  if (readIncludes(request.url).has('organizations')) {
    const organization =
      user.organizationId === null ? undefined : request.dataset.organizations.get(user.organizationId)
    body.organizations = organization ? [organizationJson(organization, request.apiBase)] : []
  }
  return { status: 200, body }
}

/** Show User Related Information: the user's ticket counts, whatever the lookback of a ticket list. */
function userRelated(request: ApiRequest, userId: number): ApiAnswer {
  if (!request.dataset.users.has(userId)) return recordNotFound
  const requested = request.dataset.ticketsByRequester.get(userId)?.length ?? 0
  let assigned = 0
  for (const ticket of request.dataset.tickets.values()) if (ticket.assigneeId === userId) assigned++
  // CCs and subscriptions are not in the dataset: reported as none.
  const counts = { requested_tickets: requested, assigned_tickets: assigned, ccd_tickets: 0 }
  return { status: 200, body: { user_related: { ...counts, organization_subscriptions: 0 } } }
}

function showOrganization(request: ApiRequest, organizationId: number): ApiAnswer {
  const organization = request.dataset.organizations.get(organizationId)
  if (!organization) return recordNotFound
  return { status: 200, body: { organization: organizationJson(organization, request.apiBase) } }
}

/** `sort=-created_at` (cursor style), or `sort_by` + `sort_order` (offset style); `sort_order=desc` alone too. */
function chooseOrder<T>(url: URL, orders: Array<ListOrder<T>>, fallback: string): ListOrder<T> | null {
  const params = url.searchParams
  const sortBy = params.get('sort_by')
  const sortOrder = params.get('sort_order')
  const name = params.get('sort') ?? `${sortOrder === 'desc' ? '-' : ''}${sortBy ?? fallback}`
  return orders.find((order) => order.name === name) ?? null
}

function invalidSort<T>(orders: Array<ListOrder<T>>): ApiAnswer {
  const names = orders.map((order) => order.name).join(', ')
  return { status: 400, body: { error: 'InvalidValue', description: `sort must be one of ${names}` } }
}
