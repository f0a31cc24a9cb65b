/** The Zendesk-reading endpoints over the seed data, through the demo host's fake API. */
import { describe, expect, it } from 'vitest'
import { createCompanionApp } from '../../src/companion/app'
import { createMemoryTopicModelCache } from '../../src/companion/topicModelCache'
import { companionOver, fakeZendeskFetch, loadSeedDataset, post, testConfig } from './companionWorld'

const dataset = loadSeedDataset()
const priya = 3_620_001_101
const ines = 3_620_001_103
const northwind = 3_600_001_101

describe('POST /v1/requester-health', () => {
  it('reads every ticket and every comment of the requester and scores the whole relationship', async () => {
    const { app, requested } = companionOver(dataset)
    const response = await post(app, '/v1/requester-health', { requesterId: priya, ticketId: 3109 })
    expect(response.status).toBe(200)
    const body = (await response.json()) as Record<string, any>
    expect(body.coverage).toEqual({ tickets: 5, ticketsWithComments: 5, requesterMessages: 6, partial: false })
    expect(body.scorecard.overall).toBeGreaterThanOrEqual(1)
    expect(body.scorecard.dimensions).toHaveLength(5)
    expect(body.trend.points.length).toBeGreaterThan(1)
    // One page of tickets (user and organization side-loaded), then one page of comments per ticket.
    expect(requested.filter((path) => path.includes('/tickets/requested'))).toHaveLength(1)
    expect(requested.filter((path) => path.includes('/comments'))).toHaveLength(5)
    expect(body.zendeskRequests).toBe(6)
  })

  it('answers 404 for a requester Zendesk does not know', async () => {
    const { app } = companionOver(dataset)
    const response = await post(app, '/v1/requester-health', { requesterId: 42 })
    expect(response.status).toBe(404)
    expect(await response.json()).toEqual({ error: 'notFound' })
  })

  it('marks the answer partial when the request budget runs out before every conversation is read', async () => {
    const zendesk = fakeZendeskFetch(dataset)
    const app = createCompanionApp({
      config: testConfig({ RAPPORT_REQUEST_BUDGET: '3' }),
      fetch: zendesk.fetch,
      topicCache: createMemoryTopicModelCache(),
      log: () => undefined
    })
    const response = await post(app, '/v1/requester-health', { requesterId: priya })
    const body = (await response.json()) as Record<string, any>
    expect(response.status).toBe(200)
    expect(body.coverage.partial).toBe(true)
    expect(body.coverage.ticketsWithComments).toBe(2)
    expect(zendesk.requested).toHaveLength(3)
  })
})

describe('POST /v1/organization-health', () => {
  it('sums up every buyer of the account from three requests and puts the unhappy one first', async () => {
    const { app, requested } = companionOver(dataset)
    const response = await post(app, '/v1/organization-health', { organizationId: northwind })
    expect(response.status).toBe(200)
    const body = (await response.json()) as Record<string, any>
    expect(body).toMatchObject({
      organizationId: northwind,
      name: 'Northwind Outfitters',
      requesterCount: 4,
      ticketCount: 16,
      openTickets: 1,
      csatBad: 2,
      partial: false,
      zendeskRequests: 3
    })
    expect(body.atRisk[0]?.requesterId).toBe(ines)
    expect(requested).toEqual([
      '/api/v2/organizations/3600001101.json',
      '/api/v2/organizations/3600001101/users.json?page[size]=100',
      '/api/v2/organizations/3600001101/tickets.json?page[size]=100&include=metric_sets'
    ])
  })
})

describe('POST /v1/next-topics', () => {
  it('learns from the solved tickets that sizing questions are followed by care instructions', async () => {
    const { app } = companionOver(dataset)
    const response = await post(app, '/v1/next-topics', { topic: 'Sizing' })
    expect(response.status).toBe(200)
    const body = (await response.json()) as Record<string, any>
    expect(body.topic).toBe('sizing')
    expect(body.next[0]).toEqual({ topic: 'care_instructions', count: 4, share: 1 })
    expect(body.confidence).toBeCloseTo(0.4)
    expect(body.source).toBe('built')
    expect(body.zendeskRequests).toBeGreaterThan(0)
  })

  it('serves the second call from the cached counts without asking Zendesk', async () => {
    const { app, requested } = companionOver(dataset)
    await post(app, '/v1/next-topics', { topic: 'returns' })
    const before = requested.length
    const response = await post(app, '/v1/next-topics', { topic: 'returns' })
    const body = (await response.json()) as Record<string, any>
    expect(body.source).toBe('cache')
    expect(body.zendeskRequests).toBe(0)
    expect(requested.length).toBe(before)
    expect(body.next[0]).toMatchObject({ topic: 'refund', count: 3 })
  })

  it('continues from the export cursor once the counts are stale, reading only what changed', async () => {
    let clock = Date.now()
    const { app, requested } = companionOver(dataset, { now: () => clock })
    await post(app, '/v1/next-topics', { topic: 'sizing' })
    clock += 16 * 60_000
    const response = await post(app, '/v1/next-topics', { topic: 'sizing' })
    const body = (await response.json()) as Record<string, any>
    expect(body.source).toBe('updated')
    expect(requested.at(-1)).toContain('/incremental/tickets/cursor.json?cursor=')
    // Nothing changed in between: the same counts, not doubled.
    expect(body.next[0]).toEqual({ topic: 'care_instructions', count: 4, share: 1 })
  })

  it('knows nothing of a topic no one asked about, with zero confidence', async () => {
    const { app } = companionOver(dataset)
    const body = (await (await post(app, '/v1/next-topics', { topic: 'teleportation' })).json()) as Record<string, any>
    expect(body).toMatchObject({ topic: 'teleportation', observed: 0, next: [], confidence: 0 })
  })
})
