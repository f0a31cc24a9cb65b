/**
 * An in-memory Zendesk REST API over a dataset, answering the calls the data layer makes with the documented
 * shapes: cursor pagination (`page[size]`, `page[after]`, `meta`, absolute `links.next`), `include` side-loads,
 * and the 404 body. Faults can be queued per URL pattern; every request is recorded.
 */
import type { FakeDataset, ZendeskJson } from './requesterDataset'

export type FakeAnswer =
  | { kind: 'http'; status: number; body: string; headers: Record<string, string> }
  | { kind: 'hang' }
  | { kind: 'networkError' }

export interface FakeZendeskApi {
  readonly requests: string[]
  answer(url: string): FakeAnswer
  /** The next requests matching `pattern` get these answers, in order, before normal service resumes. */
  queueFaults(pattern: RegExp, ...answers: FakeAnswer[]): void
  dataset: FakeDataset
  /** Side-loads left out of responses even when included (a host that ignores `include`). */
  omitSideLoads: Set<'users' | 'organizations' | 'metric_sets'>
  /** Zendesk caps page[size] per endpoint; a smaller cap here gives small datasets several pages. */
  maxPageSize: number
}

const origin = 'https://acme.zendesk.com'

export const http = (status: number, body: unknown, headers: Record<string, string> = {}): FakeAnswer => ({
  kind: 'http',
  status,
  body: typeof body === 'string' ? body : JSON.stringify(body),
  headers
})
export const notFound = () => http(404, { error: 'RecordNotFound', description: 'Not found' })

export function createFakeZendeskApi(dataset: FakeDataset): FakeZendeskApi {
  const faults: Array<{ pattern: RegExp; answers: FakeAnswer[] }> = []
  const api: FakeZendeskApi = {
    requests: [],
    dataset,
    omitSideLoads: new Set(),
    maxPageSize: 100,
    queueFaults: (pattern, ...answers) => faults.push({ pattern, answers }),
    answer(url) {
      api.requests.push(url)
      const fault = faults.find((candidate) => candidate.pattern.test(url) && candidate.answers.length > 0)
      if (fault) return fault.answers.shift() as FakeAnswer
      return route(api, new URL(url, origin))
    }
  }
  return api
}

function route(api: FakeZendeskApi, url: URL): FakeAnswer {
  const { dataset } = api
  const path = url.pathname
  let match = /^\/api\/v2\/users\/(\d+)\/tickets\/requested\.json$/.exec(path)
  if (match) {
    const requesterId = Number(match[1])
    if (!dataset.users.some((user) => user.id === requesterId)) return notFound()
    const tickets = dataset.tickets.filter(({ ticket }) => ticket.requester_id === requesterId)
    const sorted =
      url.searchParams.get('sort') === '-created_at'
        ? [...tickets].sort((a, b) => Date.parse(String(b.ticket.created_at)) - Date.parse(String(a.ticket.created_at)))
        : [...tickets].sort((a, b) => Number(a.ticket.id) - Number(b.ticket.id))
    return cursorPage(url, api.maxPageSize, sorted, (page) => ({
      tickets: page.map(({ ticket }) => ticket),
      ...sideLoads(
        api,
        url,
        page.map(({ ticket }) => ticket),
        page.flatMap(({ metricSet }) => (metricSet ? [metricSet] : []))
      )
    }))
  }
  match = /^\/api\/v2\/users\/(\d+)\/related\.json$/.exec(path)
  if (match) {
    const requesterId = Number(match[1])
    if (!dataset.users.some((user) => user.id === requesterId)) return notFound()
    const requested = dataset.tickets.filter(({ ticket }) => ticket.requester_id === requesterId).length
    // Show User Related Information: counts only, the rest of the documented object alongside.
    return http(200, {
      user_related: {
        requested_tickets: dataset.lifetimeTicketCounts?.get(requesterId) ?? requested,
        assigned_tickets: 0,
        ccd_tickets: 0,
        organization_subscriptions: 0
      }
    })
  }
  match = /^\/api\/v2\/users\/(\d+)\.json$/.exec(path)
  if (match) {
    const user = dataset.users.find((candidate) => candidate.id === Number(match?.[1]))
    if (!user) return notFound()
    const organizations = includes(url).has('organizations')
      ? { organizations: dataset.organizations.filter((organization) => organization.id === user.organization_id) }
      : {}
    return http(200, { user, ...organizations })
  }
  match = /^\/api\/v2\/organizations\/(\d+)\.json$/.exec(path)
  if (match) {
    const organization = dataset.organizations.find((candidate) => candidate.id === Number(match?.[1]))
    return organization ? http(200, { organization }) : notFound()
  }
  match = /^\/api\/v2\/tickets\/(\d+)\/comments\.json$/.exec(path)
  if (match) {
    const ticket = dataset.tickets.find((candidate) => candidate.ticket.id === Number(match?.[1]))
    if (!ticket) return notFound()
    return cursorPage(url, api.maxPageSize, ticket.comments, (page) => ({ comments: page }))
  }
  return notFound()
}

function includes(url: URL): Set<string> {
  return new Set((url.searchParams.get('include') ?? '').split(',').filter((name) => name !== ''))
}

function sideLoads(api: FakeZendeskApi, url: URL, tickets: ZendeskJson[], metricSets: ZendeskJson[]): ZendeskJson {
  const wanted = includes(url)
  const result: ZendeskJson = {}
  if (wanted.has('users') && !api.omitSideLoads.has('users')) {
    const ids = new Set(tickets.flatMap((ticket) => [ticket.requester_id, ticket.submitter_id, ticket.assignee_id]))
    result.users = api.dataset.users.filter((user) => ids.has(user.id))
  }
  if (wanted.has('organizations') && !api.omitSideLoads.has('organizations')) {
    const ids = new Set(tickets.map((ticket) => ticket.organization_id))
    result.organizations = api.dataset.organizations.filter((organization) => ids.has(organization.id))
  }
  if (wanted.has('metric_sets') && !api.omitSideLoads.has('metric_sets')) result.metric_sets = metricSets
  return result
}

/** Cursor pagination with an opaque cursor (base64 of the offset), and absolute, percent-encoded `links.next`. */
function cursorPage<T>(url: URL, maxPageSize: number, items: T[], body: (page: T[]) => ZendeskJson): FakeAnswer {
  const size = Math.min(maxPageSize, Number(url.searchParams.get('page[size]') ?? 100))
  const after = url.searchParams.get('page[after]')
  const start = after === null ? 0 : Number(atob(after))
  const page = items.slice(start, start + size)
  const hasMore = start + size < items.length
  const next = new URL(url.href)
  next.searchParams.set('page[after]', btoa(String(start + size)))
  return http(200, {
    ...body(page),
    meta: {
      has_more: hasMore,
      after_cursor: hasMore ? btoa(String(start + size)) : null,
      before_cursor: btoa(String(start))
    },
    links: { next: hasMore ? next.href : null, prev: null }
  })
}
