/** Zendesk's failures as the companion meets them: 429 with Retry-After, 401, 404, 5xx, and the request budget. */
import { describe, expect, it } from 'vitest'
import { createCompanionApp } from '../../src/companion/app'
import { createMemoryTopicModelCache } from '../../src/companion/topicModelCache'
import { createZendeskReader } from '../../src/companion/zendesk/zendeskFetch'
import { post, testConfig } from './companionWorld'

type Scripted = { status: number; body?: unknown; headers?: Record<string, string> } | 'network'

function scriptedZendesk(script: Scripted[]) {
  const calls: Array<{ url: string; authorization: string | null }> = []
  const fetchFake = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init)
    calls.push({ url: request.url, authorization: request.headers.get('authorization') })
    const next = script[Math.min(calls.length - 1, script.length - 1)]!
    if (next === 'network') throw new TypeError('fetch failed')
    return new Response(JSON.stringify(next.body ?? {}), { status: next.status, headers: next.headers })
  }) as typeof fetch
  return { fetch: fetchFake, calls }
}

function readerOver(script: Scripted[], budget = 10) {
  const zendesk = scriptedZendesk(script)
  const sleeps: number[] = []
  const reader = createZendeskReader({
    apiUrl: 'https://acme.zendesk.com',
    email: 'api@acme.example',
    apiToken: 'secret-token',
    budget,
    fetch: zendesk.fetch,
    sleep: async (ms) => {
      sleeps.push(ms)
    },
    random: () => 0.5
  })
  return { reader, sleeps, calls: zendesk.calls }
}

describe('the companion’s Zendesk reader', () => {
  it('sends the API token as Zendesk asks (email/token, Basic) to the account', async () => {
    const { reader, calls } = readerOver([{ status: 200, body: { ok: 1 } }])
    expect(await reader.getJson('/api/v2/users/1.json')).toEqual({ ok: true, value: { ok: 1 } })
    expect(calls[0]?.url).toBe('https://acme.zendesk.com/api/v2/users/1.json')
    expect(calls[0]?.authorization).toBe(`Basic ${btoa('api@acme.example/token:secret-token')}`)
  })

  it('waits as long as Retry-After says on 429, then succeeds', async () => {
    const { reader, sleeps } = readerOver([
      { status: 429, headers: { 'retry-after': '3' } },
      { status: 200, body: { fine: true } }
    ])
    expect(await reader.getJson('/api/v2/x')).toEqual({ ok: true, value: { fine: true } })
    expect(sleeps).toEqual([3000])
  })

  it('gives up after two rate-limit retries, reporting the wait', async () => {
    const { reader, sleeps } = readerOver([{ status: 429, headers: { 'retry-after': '1' } }])
    expect(await reader.getJson('/api/v2/x')).toEqual({
      ok: false,
      error: { kind: 'rateLimited', status: 429, retryAfterSeconds: 1 }
    })
    expect(sleeps).toEqual([1000, 1000])
  })

  it('does not wait out a Retry-After longer than a serverless call can', async () => {
    const { reader, sleeps, calls } = readerOver([{ status: 429, headers: { 'retry-after': '120' } }])
    const answer = await reader.getJson('/api/v2/x')
    expect(answer).toEqual({ ok: false, error: { kind: 'rateLimited', status: 429, retryAfterSeconds: 120 } })
    expect(sleeps).toEqual([])
    expect(calls).toHaveLength(1)
  })

  it('retries 5xx and network failures twice with backoff, then reports them', async () => {
    const server = readerOver([{ status: 503 }])
    expect(await server.reader.getJson('/api/v2/x')).toEqual({ ok: false, error: { kind: 'server', status: 503 } })
    expect(server.calls).toHaveLength(3)
    expect(server.sleeps).toEqual([188, 375])
    const network = readerOver(['network'])
    expect(await network.reader.getJson('/api/v2/x')).toEqual({ ok: false, error: { kind: 'network' } })
    expect(network.calls).toHaveLength(3)
  })

  it('does not retry 401 or 404', async () => {
    const rejected = readerOver([{ status: 401 }])
    expect(await rejected.reader.getJson('/api/v2/x')).toEqual({ ok: false, error: { kind: 'forbidden', status: 401 } })
    expect(rejected.calls).toHaveLength(1)
    const missing = readerOver([{ status: 404 }])
    expect(await missing.reader.getJson('/api/v2/x')).toEqual({ ok: false, error: { kind: 'notFound', status: 404 } })
  })

  it('stops at the budget, retries included', async () => {
    const { reader, calls } = readerOver([{ status: 500 }], 2)
    const answer = await reader.getJson('/api/v2/x')
    expect(answer.ok).toBe(false)
    expect(calls).toHaveLength(2)
    expect(reader.budgetExhausted()).toBe(true)
  })
})

describe('Zendesk failures as the caller sees them', () => {
  function appOver(script: Scripted[]) {
    return createCompanionApp({
      config: testConfig(),
      fetch: scriptedZendesk(script).fetch,
      topicCache: createMemoryTopicModelCache(),
      log: () => undefined,
      sleep: async () => undefined
    })
  }
  const cases: Array<[string, Scripted[], number, unknown, string | null]> = [
    ['a long 429', [{ status: 429, headers: { 'retry-after': '90' } }], 503, { error: 'zendeskRateLimited' }, '90'],
    ['a rejected API token (401)', [{ status: 401 }], 502, { error: 'zendeskRejectedCompanion' }, null],
    ['a missing organization (404)', [{ status: 404 }], 404, { error: 'notFound' }, null],
    ['Zendesk down (500 three times)', [{ status: 500 }], 502, { error: 'zendeskUnavailable' }, null]
  ]
  it.each(cases)('%s', async (_name, script, status, body, retryAfter) => {
    const response = await post(appOver(script), '/v1/organization-health', { organizationId: 7 })
    expect(response.status).toBe(status)
    expect(await response.json()).toEqual(body)
    expect(response.headers.get('retry-after')).toBe(retryAfter)
  })
})
