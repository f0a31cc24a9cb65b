import { describe, expect, it } from 'vitest'
import { createRequesterHistoryCache } from '../../src/zendesk/historyCache'
import { createRequesterHistoryLoader } from '../../src/zendesk/requesterHistoryLoader'
import { defaultHistorySettings } from '../../src/zendesk/settings'
import { createFakeZafClient } from './fakes/fakeZafClient'
import { countRequests, openSidebar } from './fakes/loaderHarness'
import { fixtureCurrentTicketId, fixtureDataset, fixtureNow, fixtureRequesterId } from './fakes/requesterDataset'

/** The fixtures come as two pages (3 + 2 tickets): the fake API pages them the same way. */
function fixtureSidebar() {
  const sidebar = openSidebar({
    dataset: fixtureDataset(),
    ticketId: fixtureCurrentTicketId,
    requesterId: fixtureRequesterId,
    now: fixtureNow
  })
  sidebar.api.maxPageSize = 3
  return sidebar
}

describe('createRequesterHistoryLoader on the contract fixtures', () => {
  it('reads the requester, with tags and custom fields, exactly as Zendesk gave them', async () => {
    const history = await fixtureSidebar().loadHistory()

    expect(history.requester).toEqual({
      id: 10512783901,
      name: 'Ana Ribeiro',
      email: 'ana.ribeiro@acme-logistics.example',
      createdAt: '2021-03-14T09:26:53Z',
      tags: ['vip', 'pt'],
      fields: {
        customer_since: '2021-03-01T00:00:00Z',
        lifetime_value: 18250.5,
        newsletter: true,
        preferred_channels: 'email,chat',
        plan: null
      },
      organizationId: 4294967311,
      locale: 'pt-BR'
    })
  })

  it('reads the organization with its tags and fields for the tier mapping', async () => {
    const history = await fixtureSidebar().loadHistory()

    expect(history.organization).toEqual({
      id: 4294967311,
      name: 'Acme Logistics',
      createdAt: '2019-11-02T15:40:12Z',
      tags: ['premium', 'logistics'],
      fields: {
        plan: 'enterprise',
        seats: 250,
        sla_enabled: true,
        renewal_date: '2025-11-01T00:00:00Z',
        account_manager: null
      }
    })
  })

  it('keeps the tickets inside the 24-month lookback, newest first, with ids above 2^31 intact', async () => {
    const history = await fixtureSidebar().loadHistory()

    expect(history.tickets.map((ticket) => ticket.id)).toEqual([2147483701, 2147483690, 2147483655, 2147483601])
    expect(history.currentTicketId).toBe(2147483701)
    expect(history.partial).toBe(false)
  })

  it('maps every documented satisfaction_rating form, and reopens/replies from the side-loaded metric sets', async () => {
    const history = await fixtureSidebar().loadHistory()
    const byId = new Map(history.tickets.map((ticket) => [ticket.id, ticket]))

    expect(byId.get(2147483701)).toMatchObject({ satisfaction: 'unoffered', reopens: 0, replies: 1, status: 'open' })
    expect(byId.get(2147483690)).toMatchObject({ satisfaction: 'good', reopens: 1, replies: 3, channel: 'web' })
    expect(byId.get(2147483655)).toMatchObject({ satisfaction: 'none', reopens: null, replies: null, channel: 'api' })
    expect(byId.get(2147483601)).toMatchObject({
      satisfaction: 'bad',
      reopens: 2,
      replies: 7,
      tags: ['damage', 'claim']
    })
  })

  it('reads comments for the open ticket, with HTML bodies and plain_body when body is missing', async () => {
    const history = await fixtureSidebar().loadHistory()
    const current = history.tickets.find((ticket) => ticket.id === fixtureCurrentTicketId)

    expect(current?.comments?.map((comment) => [comment.id, comment.authorId, comment.public])).toEqual([
      [31000000001, 10512783901, true],
      [31000000002, 24681357911, true],
      [31000000003, 24681357911, false],
      [31000000004, 10512783901, true]
    ])
    expect(current?.comments?.[0]?.htmlBody).toContain('<strong>AGAIN</strong>')
    expect(current?.comments?.[3]?.body).toBe(
      'Thanks — we will send it today.\n\nOn Fri, Sam Agent wrote: Checking with the broker now'
    )
  })

  it('reads the comments of the most recent other tickets too, and no others', async () => {
    const history = await openSidebar({
      dataset: fixtureDataset(),
      ticketId: fixtureCurrentTicketId,
      requesterId: fixtureRequesterId,
      now: fixtureNow,
      settings: { recentTicketsWithComments: 2 }
    }).loadHistory()

    expect(history.tickets.map((ticket) => ticket.comments !== null)).toEqual([true, true, true, false])
  })

  it('takes the user and organization from the side-loads: pages and comments are the only requests', async () => {
    const sidebar = fixtureSidebar()
    await sidebar.loadHistory()

    // Four conversations (the open ticket and the three other tickets in the lookback); the open one has four
    // comments, so at three per page it takes two requests.
    expect(countRequests(sidebar.api.requests)).toEqual({
      ticketPages: 2,
      users: 0,
      organizations: 0,
      comments: 5,
      related: 1,
      total: 8
    })
  })

  it('asks ZAF for complete responses and no automatic retries on every request', async () => {
    const sidebar = fixtureSidebar()
    await sidebar.loadHistory()

    expect(sidebar.sdk.requestOptions.length).toBeGreaterThan(0)
    for (const options of sidebar.sdk.requestOptions) {
      expect(options).toMatchObject({ type: 'GET', dataType: 'json', httpCompleteResponse: true, autoRetry: false })
      expect(String(options.url)).toMatch(/^\/api\/v2\//)
    }
  })

  it('follows links.next as a relative path carrying the cursor', async () => {
    const sidebar = fixtureSidebar()
    await sidebar.loadHistory()
    const pages = sidebar.api.requests.filter((url) => url.includes('/tickets/requested.json'))

    expect(pages[0]).toBe(
      '/api/v2/users/10512783901/tickets/requested.json?page[size]=100&sort=-created_at&include=users,organizations,metric_sets'
    )
    expect(pages[1]).toMatch(/^\/api\/v2\/users\/10512783901\/tickets\/requested\.json\?.*page%5Bafter%5D=/)
  })

  it('fetches the user, then the organization, when a host side-loads neither', async () => {
    const sidebar = fixtureSidebar()
    sidebar.api.omitSideLoads.add('users').add('organizations')
    const history = await sidebar.loadHistory()

    expect(history.organization?.name).toBe('Acme Logistics')
    const counts = countRequests(sidebar.api.requests)
    expect(counts.users + counts.organizations).toBe(1)
    expect(sidebar.api.requests.some((url) => url === '/api/v2/users/10512783901.json?include=organizations')).toBe(
      true
    )
  })

  it('fetches the organization alone when the user is side-loaded but the organization is not', async () => {
    const sidebar = fixtureSidebar()
    sidebar.api.omitSideLoads.add('organizations')
    const history = await sidebar.loadHistory()

    expect(history.organization?.tags).toEqual(['premium', 'logistics'])
    expect(countRequests(sidebar.api.requests)).toMatchObject({ users: 0, organizations: 1 })
  })

  it('shows an organization deleted since (404) as none, without calling the history partial', async () => {
    const sidebar = fixtureSidebar()
    sidebar.api.omitSideLoads.add('organizations')
    sidebar.api.dataset.organizations = []
    const history = await sidebar.loadHistory()

    expect(history.organization).toBeNull()
    expect(history.partial).toBe(false)
  })

  it('includes the open ticket from ZAF when it lies beyond the ticket budget', async () => {
    const sidebar = openSidebar({
      dataset: fixtureDataset(),
      ticketId: 35436,
      requesterId: fixtureRequesterId,
      now: fixtureNow,
      settings: { maxTickets: 2 }
    })
    const history = await sidebar.loadHistory()

    expect(history.tickets.map((ticket) => ticket.id)).toEqual([2147483701, 2147483690, 35436])
    expect(history.tickets.at(-1)).toMatchObject({
      subject: 'Open ticket',
      satisfaction: 'none',
      comments: [expect.anything()]
    })
    expect(countRequests(sidebar.api.requests).ticketPages).toBe(1)
  })
})

describe('createFakeZafClient (for tests of code built on the zendesk layer)', () => {
  it('gives a working client over the fake API by default', async () => {
    const { client, api } = createFakeZafClient({ now: Date.parse('2025-06-01T12:00:00Z') })
    const loader = createRequesterHistoryLoader({
      client,
      settings: defaultHistorySettings,
      cache: createRequesterHistoryCache()
    })

    const result = await loader.load()

    expect(result.ok && result.value.tickets).toHaveLength(12)
    expect(api.requests).toHaveLength(8)
  })
})
