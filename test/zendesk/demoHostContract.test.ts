/**
 * The agreed contract from the other side: the loader reads every seeded story from the demo host's own fake
 * Zendesk API (src/host), through the same ZAF request protocol, with the request counts issue 5 asks for.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ZafSdkClient } from 'zendesk_app_framework_sdk'
import { afterAll, describe, expect, it } from 'vitest'
import { createFakeZendeskApi } from '../../src/host/api/fakeZendeskApi'
import { loadDataset } from '../../src/host/dataset/loadDataset'
import { FaultInjector } from '../../src/host/faults/faultInjector'
import { authoredStories } from '../../src/host/seed/stories'
import { requesterId } from '../../src/host/seed/storyTypes'
import { writeSeedDataset } from '../../src/host/seed/writeSeedDataset'
import { createRequesterHistoryCache } from '../../src/zendesk/historyCache'
import { createRequesterHistoryLoader } from '../../src/zendesk/requesterHistoryLoader'
import { defaultHistorySettings } from '../../src/zendesk/settings'
import { wrapZafSdk } from '../../src/zendesk/zafSdkWrapper'
import { analyzeRelationship } from '../../src/insight'
import { defaultInsightSettings } from '../../src/insight/insightSettings'
import { renderPhrase } from '../insight/insightTranslations'
import { countRequests } from './fakes/loaderHarness'

const folder = mkdtempSync(join(tmpdir(), 'rapport-seed-'))
writeSeedDataset(folder, new Date())
const api = createFakeZendeskApi({ dataset: loadDataset(folder), faults: new FaultInjector(), currentUserId: null })
afterAll(() => rmSync(folder, { recursive: true, force: true }))

/** The SDK's side of `client.request` against the host's API: resolve 2xx, reject the rest, complete responses. */
function sdkOverDemoApi(ticket: { id: number; requesterId: number | null }, requested: string[]): ZafSdkClient {
  const unused = async () => ({})
  return {
    get: async (path) => {
      const value =
        path === 'ticket.id' ? ticket.id : ticket.requesterId === null ? undefined : { id: ticket.requesterId }
      return { [String(path)]: value, errors: {} }
    },
    async request(options) {
      requested.push(String(options.url))
      const response = await api.request(String(options.url))
      const responseText = await response.text()
      const complete: Record<string, unknown> = {
        status: response.status,
        responseText,
        headers: Object.fromEntries(response.headers)
      }
      try {
        complete.responseJSON = JSON.parse(responseText)
      } catch {
        // not JSON
      }
      if (response.ok) return complete
      throw complete
    },
    invoke: unused,
    on: () => undefined,
    off: () => undefined,
    metadata: unused,
    context: unused
  }
}

async function storyInsight(story: (typeof authoredStories)[number]) {
  const loader = createRequesterHistoryLoader({
    client: wrapZafSdk(sdkOverDemoApi({ id: story.currentTicketId, requesterId: requesterId(story) }, [])),
    settings: defaultHistorySettings,
    cache: createRequesterHistoryCache()
  })
  const result = await loader.load()
  if (!result.ok) throw new Error(`story ${story.id}: ${result.error.kind}`)
  return analyzeRelationship(result.value, defaultInsightSettings, new Date())
}
const storyNamed = (id: string) => authoredStories.find((story) => story.id === id)!

describe('issue 9 on the demo host: lifetime counts and the as-of view, end to end', () => {
  it('the generated six-year requester shows 250 tickets and the 65 of the lookback, never 65 as lifetime', async () => {
    const insight = await storyInsight(storyNamed('long-standing-customer'))
    expect(renderPhrase(insight.facts.tickets)).toBe('250 tickets · 65 in the last 24 months read')
    expect(insight.facts.totals).toMatchObject({ read: 65, lifetime: 250 })
    expect(renderPhrase(insight.facts.tenure)).toBe('Customer for 6 years')
    const soFar = insight.personalization.hints.find((hint) => hint.key.startsWith('insight.tier.hint.relationship'))
    expect(soFar && renderPhrase(soFar)).toBe('Acknowledge the relationship: 250 tickets with you so far.')
    expect(insight.asOf).toBeNull()
  })

  it('a closed ticket from over a year ago is read as of that ticket, with one line on today', async () => {
    const insight = await storyInsight(storyNamed('closed-past-ticket'))
    expect(insight.asOf).not.toBeNull()
    expect(renderPhrase(insight.asOf!.notice)).toMatch(/as it was when this ticket was opened, 1 year ago/)
    expect(renderPhrase(insight.asOf!.today!)).toMatch(/^Today: 9 more tickets since this one, health \d+\/10/)
    expect(renderPhrase(insight.facts.tickets)).toBe('5 tickets')
    expect(insight.signals.ticketCount).toBe(5)
    // As it was then: the delighted customer of that day, none of the later complaints.
    expect(insight.currentSentiment.label).toBe('positive')
    expect(insight.patterns.map((pattern) => pattern.id)).not.toContain('frustratedLoyalist')
    expect(insight.signals.csatBad).toBe(0)
    expect(insight.trend.points.map((point) => point.ticketId)).not.toContain(2206)
    expect(insight.personalization.hints[0]).toEqual({ key: 'insight.tier.hint.useName', params: { name: 'Tom' } })
  })
})

describe('the loader against the demo host fake API', () => {
  for (const story of authoredStories) {
    it(`reads the "${story.id}" story with the expected requests`, async () => {
      const requested: string[] = []
      const loader = createRequesterHistoryLoader({
        client: wrapZafSdk(sdkOverDemoApi({ id: story.currentTicketId, requesterId: requesterId(story) }, requested)),
        settings: defaultHistorySettings,
        cache: createRequesterHistoryCache()
      })

      const result = await loader.load()

      if (story.expectedState === 'noRequester')
        return expect(result).toEqual({ ok: false, error: { kind: 'noRequester' } })
      if (story.expectedState === 'notFound')
        return expect(result).toMatchObject({ ok: false, error: { kind: 'notFound' } })
      expect(result.ok).toBe(true)
      if (!result.ok) return
      // Newest first, the read stops at the first page that reaches past the lookback.
      const pages = Math.max(1, Math.ceil(result.value.tickets.length / 100))
      // Stories reach further back than the 24-month lookback: only the tickets inside it get conversations read.
      const conversations = Math.min(result.value.tickets.length, 1 + defaultHistorySettings.recentTicketsWithComments)
      expect(result.value.requester.id).toBe(requesterId(story))
      expect(result.value.tickets.map((ticket) => ticket.id)).toContain(story.currentTicketId)
      expect(result.value.partial).toBe(false)
      expect(result.value.coverage.lifetimeTicketCount).toBe(story.tickets.length)
      expect(countRequests(requested)).toEqual({
        ticketPages: pages,
        users: 0,
        organizations: 0,
        comments: conversations,
        related: 1,
        total: pages + conversations + 1
      })
    })
  }
})
