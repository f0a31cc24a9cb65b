import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import { faultScopeHeaderName, faultSpecHeaderName } from '../../../src/host/faults/faultHeaders'
import { createApiHarness, organizationId, requesterId } from '../api/apiFixture'

const api = createApiHarness()
afterAll(() => api.cleanup())
afterEach(() => vi.useRealTimers())

const ticketsPage = `/api/v2/users/${requesterId}/tickets/requested.json?page[size]=100&sort=-created_at`
const user = `/api/v2/users/${requesterId}.json?include=organizations`
const organization = `/api/v2/organizations/${organizationId}.json`
const withFaults = (spec: string, scope: string, init: RequestInit = {}): RequestInit => ({
  ...init,
  headers: { [faultSpecHeaderName]: spec, [faultScopeHeaderName]: scope }
})

describe('fault injection in the fake API', () => {
  it('answers 429 with Retry-After N times, then succeeds', async () => {
    const statuses: number[] = []
    const retryAfter: Array<string | null> = []
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const response = await api.request(ticketsPage, withFaults('tickets:429x2=7', 'rate-limit'))
      statuses.push(response.status)
      retryAfter.push(response.headers.get('retry-after'))
    }
    expect(statuses).toEqual([429, 429, 200])
    expect(retryAfter).toEqual(['7', '7', null])
  })

  it('fails only the chosen endpoint', async () => {
    const spec = 'organization:500'
    expect((await api.request(user, withFaults(spec, 'only-org'))).status).toBe(200)
    const failing = await api.request(organization, withFaults(spec, 'only-org'))
    expect(failing.status).toBe(500)
    expect(await failing.json()).toMatchObject({ error: 'InternalServerError' })
  })

  it('counts per scope: every sidebar instance meets the faults afresh', async () => {
    expect((await api.request(user, withFaults('user:500x1', 'instance-a'))).status).toBe(500)
    expect((await api.request(user, withFaults('user:500x1', 'instance-a'))).status).toBe(200)
    expect((await api.request(user, withFaults('user:500x1', 'instance-b'))).status).toBe(500)
  })

  it('cuts a malformed body in half so it is not JSON', async () => {
    const response = await api.request(user, withFaults('user:malformed', 'malformed'))
    const text = await response.text()
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('application/json')
    expect(text.startsWith('{"user":')).toBe(true)
    expect(() => JSON.parse(text)).toThrow()
  })

  it('applies `all` rules to every endpoint', async () => {
    const spec = 'all:503x1'
    expect((await api.request(user, withFaults(spec, 'all-a'))).status).toBe(503)
    expect((await api.request(ticketsPage, withFaults(spec, 'all-b'))).status).toBe(503)
  })

  it('holds a response for the latency before answering', async () => {
    vi.useFakeTimers()
    let settled = false
    const pending = api.request(user, withFaults('all:latency=800', 'latency')).then((response) => {
      settled = true
      return response
    })
    await vi.advanceTimersByTimeAsync(799)
    expect(settled).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect((await pending).status).toBe(200)
  })

  it('answers 504 after a timeout with milliseconds', async () => {
    vi.useFakeTimers()
    const pending = api.request(user, withFaults('user:timeout=30000', 'timeout-ms'))
    await vi.advanceTimersByTimeAsync(30_000)
    expect((await pending).status).toBe(504)
  })

  it('never answers a plain timeout; the log shows 499 once the caller gives up', async () => {
    const caller = new AbortController()
    let settled = false
    const pending = api
      .request(user, withFaults('user:timeout', 'timeout', { signal: caller.signal }))
      .then((response) => {
        settled = true
        return response
      })
    await new Promise((resolve) => setImmediate(resolve))
    expect(settled).toBe(false)
    caller.abort()
    await pending
    expect(api.served.at(-1)).toEqual({ method: 'GET', pathAndQuery: user, status: 499 })
  })

  it('releases held requests when the host stops', async () => {
    const harness = createApiHarness()
    const pending = harness.request(user, withFaults('user:timeout', 'shutdown'))
    await new Promise((resolve) => setImmediate(resolve))
    harness.faults.releaseHeldRequests()
    expect((await pending).status).toBe(503)
    harness.cleanup()
  })

  it('applies the server’s default spec (--faults) to requests that bring none', async () => {
    const harness = createApiHarness('user:500x1')
    expect((await harness.request(user)).status).toBe(500)
    expect((await harness.request(user)).status).toBe(200)
    harness.cleanup()
  })

  it('answers an unreadable spec with 400, so the mistake shows in the log', async () => {
    const response = await api.request(user, withFaults('user:teapot', 'bad'))
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ error: 'InvalidFaultSpec' })
  })
})
