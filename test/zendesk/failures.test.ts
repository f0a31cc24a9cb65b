/** Issue 5 item 3: every failure Zendesk can hand back ends as a typed result, never a crash or a hang. */
import { describe, expect, it } from 'vitest'
import type { LoadProgress } from '../../src/zendesk/zendeskError'
import { http, notFound, type FakeAnswer } from './fakes/fakeZendeskApi'
import { countRequests, openSidebar, openGeneratedSidebar } from './fakes/loaderHarness'
import { generatedDataset, generatedTicketId } from './fakes/requesterDataset'

const now = Date.parse('2025-06-01T12:00:00Z')
const firstPage = /\/tickets\/requested\.json\?page\[size\]=100/
const laterPage = /\/tickets\/requested\.json\?.*page%5Bafter%5D/
const comments = /\/comments\.json/
const serverError = () => http(500, { error: 'InternalError' })
const tooManyRequests = (retryAfter: string) => http(429, 'Too Many Requests', { 'Retry-After': retryAfter })

function sidebar(ticketCount = 12, random = () => 0.5) {
  return openGeneratedSidebar({ ticketCount, now, random })
}

async function loadWith(pattern: RegExp, ...answers: FakeAnswer[]) {
  const view = sidebar()
  view.api.queueFaults(pattern, ...answers)
  const progress: LoadProgress[] = []
  const result = await view.load({ onProgress: (event) => progress.push(event) })
  return { view, result, progress }
}

describe('429 Too Many Requests', () => {
  it('waits the Retry-After seconds on the injected clock, tells the agent, then succeeds', async () => {
    const { view, result, progress } = await loadWith(firstPage, tooManyRequests('30'))

    expect(result.ok).toBe(true)
    expect(progress).toEqual([{ kind: 'waitingForZendesk', retryAt: now + 30_000 }])
    expect(view.clock.sleeps).toContain(30_000)
    expect(countRequests(view.api.requests).ticketPages).toBe(2)
  })

  it('reads Retry-After given as an HTTP date', async () => {
    const retryAt = new Date(now + 7_000).toUTCString()
    const { result, progress } = await loadWith(firstPage, tooManyRequests(retryAt))

    expect(result.ok).toBe(true)
    expect(progress).toEqual([{ kind: 'waitingForZendesk', retryAt: now + 7_000 }])
  })

  it('gives up after two retries and reports rateLimited with the wait Zendesk asked for', async () => {
    const { view, result } = await loadWith(firstPage, tooManyRequests('5'), tooManyRequests('5'), tooManyRequests('5'))

    expect(result).toEqual({ ok: false, error: { kind: 'rateLimited', status: 429, retryAfterSeconds: 5 } })
    expect(countRequests(view.api.requests).ticketPages).toBe(3)
  })

  it('does not keep the agent waiting for a Retry-After over a minute: it reports it at once', async () => {
    const { view, result, progress } = await loadWith(firstPage, tooManyRequests('600'))

    expect(result).toEqual({ ok: false, error: { kind: 'rateLimited', status: 429, retryAfterSeconds: 600 } })
    expect(progress).toEqual([])
    // The first page, the open ticket's conversation and the lifetime count (related.json), all in one round.
    expect(view.api.requests).toHaveLength(3)
  })
})

describe('5xx and network failures', () => {
  it('retries with exponential backoff and jitter from the injected random, then succeeds', async () => {
    const view = sidebar(12, () => 0)
    view.api.queueFaults(firstPage, serverError(), http(503, ''))
    const progress: LoadProgress[] = []

    const result = await view.load({ onProgress: (event) => progress.push(event) })

    expect(result.ok).toBe(true)
    expect(progress).toEqual([
      { kind: 'retrying', attempt: 1 },
      { kind: 'retrying', attempt: 2 }
    ])
    // Equal jitter with random() = 0: half of 500 ms, then half of 1000 ms.
    expect(view.clock.sleeps.filter((ms) => ms < 15_000)).toEqual([250, 500])
  })

  it('uses the random half of the step: random() = 0.999 waits almost the whole step', async () => {
    const view = sidebar(12, () => 0.999)
    view.api.queueFaults(firstPage, serverError())

    await view.load()

    expect(view.clock.sleeps.filter((ms) => ms < 15_000)).toEqual([500])
  })

  it('reports server with the status after the bounded retries', async () => {
    const { view, result } = await loadWith(firstPage, serverError(), serverError(), http(502, 'Bad Gateway'))

    expect(result).toEqual({ ok: false, error: { kind: 'server', status: 502 } })
    expect(countRequests(view.api.requests).ticketPages).toBe(3)
  })

  it('reports network when ZAF answers status 0 every time', async () => {
    const network: FakeAnswer = { kind: 'networkError' }
    const { result } = await loadWith(firstPage, network, network, network)

    expect(result).toEqual({ ok: false, error: { kind: 'network' } })
  })

  it('does not retry a 4xx that retrying cannot fix', async () => {
    const { view, result } = await loadWith(firstPage, http(422, { error: 'InvalidPaginationParameter' }))

    expect(result).toEqual({ ok: false, error: { kind: 'server', status: 422 } })
    expect(countRequests(view.api.requests).ticketPages).toBe(1)
  })
})

describe('timeouts', () => {
  it('reports timeout when Zendesk never answers, on the request timer of the injected clock', async () => {
    const { view, result } = await loadWith(firstPage, { kind: 'hang' })

    expect(result).toEqual({ ok: false, error: { kind: 'timeout' } })
    expect(view.clock.sleeps).toContain(15_000)
  })

  it('reports timeout when ZAF itself does not answer a get', async () => {
    const view = sidebar()
    const timeout = new Error('Timeout when invoking "get"')
    timeout.name = 'TimeoutError'
    view.sdk.getFailure = timeout

    expect(await view.load()).toEqual({ ok: false, error: { kind: 'timeout' } })
    expect(view.api.requests).toEqual([])
  })
})

describe('permissions, missing records and bodies Rapport cannot read', () => {
  it.each([401, 403])('reports forbidden for %i (the agent cannot read this requester)', async (status) => {
    const { result } = await loadWith(
      firstPage,
      http(status, { error: 'Forbidden', description: 'You do not have access' })
    )

    expect(result).toEqual({ ok: false, error: { kind: 'forbidden', status } })
  })

  it('reports notFound for a deleted requester', async () => {
    const { result } = await loadWith(firstPage, notFound())

    expect(result).toEqual({ ok: false, error: { kind: 'notFound', status: 404 } })
  })

  it('reports malformed for a body that is not JSON', async () => {
    const { result } = await loadWith(firstPage, http(200, '<html>Maintenance</html>'))

    expect(result).toEqual({ ok: false, error: { kind: 'malformed', status: 200 } })
  })

  it('reports malformed for JSON of the wrong shape (tickets not a list)', async () => {
    const { result } = await loadWith(firstPage, http(200, { tickets: { id: 1 } }))

    expect(result).toEqual({ ok: false, error: { kind: 'malformed' } })
  })

  it('reports noRequester for a ticket without a requester, without any request', async () => {
    const view = openSidebar({
      dataset: generatedDataset({ ticketCount: 1, now }),
      ticketId: 1,
      requesterId: null,
      now
    })

    expect(await view.load()).toEqual({ ok: false, error: { kind: 'noRequester' } })
    expect(view.api.requests).toEqual([])
  })
})

describe('partial history', () => {
  it('shows the tickets of the pages read when a later page fails, marked partial', async () => {
    const view = sidebar(250)
    view.api.queueFaults(laterPage, serverError(), serverError(), serverError())

    const result = await view.load()

    expect(result.ok && result.value.partial).toBe(true)
    expect(result.ok && result.value.tickets).toHaveLength(100)
  })

  it('keeps the history when a conversation cannot be read: that ticket has no comments and the whole is partial', async () => {
    const view = sidebar(12)
    const secondNewest = generatedTicketId(1, 12)
    view.api.queueFaults(new RegExp(`/tickets/${secondNewest}/comments`), notFound())

    const result = await view.load()

    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.partial).toBe(true)
    expect(result.value.tickets.find((ticket) => ticket.id === secondNewest)?.comments).toBeNull()
    expect(result.value.tickets[0]?.comments).toHaveLength(2)
  })

  it('marks the history partial when the organization exists but cannot be read', async () => {
    const view = sidebar(12)
    view.api.omitSideLoads.add('organizations')
    view.api.queueFaults(/\/organizations\//, http(403, { error: 'Forbidden' }))

    const result = await view.load()

    expect(result.ok && result.value.organization).toBeNull()
    expect(result.ok && result.value.partial).toBe(true)
  })

  it('keeps a partial history only briefly, so reopening a minute later tries again', async () => {
    const view = sidebar(12)
    view.api.queueFaults(comments, notFound())
    await view.load()
    const before = view.api.requests.length

    view.clock.advanceBy(61_000)
    const again = await view.load()

    expect(view.api.requests.length).toBeGreaterThan(before)
    expect(again.ok && again.value.partial).toBe(false)
  })
})
