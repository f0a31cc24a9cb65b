/** Switching tickets quickly must never show one requester's data on another's ticket. */
import { describe, expect, it } from 'vitest'
import { isAbortError } from '../../src/zendesk/zendeskError'
import { flushPromises, settle } from './fakes/fakeClock'
import { createFakeZendeskApi } from './fakes/fakeZendeskApi'
import { countRequests, openSidebar, openGeneratedSidebar } from './fakes/loaderHarness'
import { generatedDataset, generatedRequesterId, generatedTicketId, type FakeDataset } from './fakes/requesterDataset'

const now = Date.parse('2025-06-01T12:00:00Z')

/** Two requesters: A (the generated one, 12 tickets) and B (a copy with other ids, 3 tickets). */
function twoRequesters(): { dataset: FakeDataset; requesterB: number; ticketOfB: number } {
  const dataset = generatedDataset({ ticketCount: 12, now })
  const requesterB = 9_100_000_000_001
  const copy = generatedDataset({ ticketCount: 3, now })
  const tickets = copy.tickets.map(({ ticket, comments, metricSet }, index) => ({
    ticket: { ...ticket, id: 4_000_000_000 + index, requester_id: requesterB },
    comments,
    metricSet: metricSet && { ...metricSet, ticket_id: 4_000_000_000 + index }
  }))
  dataset.users.push({
    id: requesterB,
    name: 'Requester B',
    email: 'b@example.com',
    created_at: '2024-01-01T00:00:00Z',
    organization_id: null
  })
  dataset.tickets.push(...tickets)
  return { dataset, requesterB, ticketOfB: 4_000_000_000 }
}

describe('cancelling a load', () => {
  it('rejects with AbortError as soon as the signal aborts, and the shared work stops asking Zendesk', async () => {
    const view = openGeneratedSidebar({ ticketCount: 250, now })
    view.api.queueFaults(/requested\.json/, { kind: 'hang' })
    const controller = new AbortController()

    const loading = view.loader.load({ signal: controller.signal })
    await flushPromises()
    controller.abort()

    await expect(loading).rejects.toSatisfy(isAbortError)
    await flushPromises()
    expect(view.clock.pendingTimers()).toBe(0)
    expect(countRequests(view.api.requests).ticketPages).toBe(1)
  })

  it('rejects at once for a signal that is already aborted, without any request', async () => {
    const view = openGeneratedSidebar({ ticketCount: 3, now })

    await expect(view.loader.load({ signal: AbortSignal.abort() })).rejects.toSatisfy(isAbortError)
    expect(view.api.requests).toEqual([])
  })

  it('ignores a late answer for requester A once the app switched to B: A is aborted, B shows B', async () => {
    const { dataset, requesterB, ticketOfB } = twoRequesters()
    const view = openSidebar({ dataset, ticketId: generatedTicketId(0, 12), requesterId: generatedRequesterId, now })
    const slowA = /users\/9000000000001\/tickets/
    view.api.queueFaults(slowA, { kind: 'hang' })
    const forA = new AbortController()
    const loadingA = view.loader.load({ signal: forA.signal })
    await flushPromises()

    // The agent changes the requester; the app aborts A and loads again.
    view.sdk.ticketData['ticket.requester'] = { id: requesterB }
    view.sdk.ticketData['ticket.id'] = ticketOfB
    forA.abort()
    await expect(loadingA).rejects.toSatisfy(isAbortError)
    const resultB = await settle(view.loader.load(), view.clock)

    expect(resultB.ok && resultB.value.requester.name).toBe('Requester B')
    expect(resultB.ok && resultB.value.tickets.every((ticket) => ticket.id >= 4_000_000_000)).toBe(true)
  })

  it('even without the app aborting, a load whose requester changed meanwhile answers for the new requester', async () => {
    const { dataset, requesterB, ticketOfB } = twoRequesters()
    const view = openSidebar({ dataset, ticketId: generatedTicketId(0, 12), requesterId: generatedRequesterId, now })
    view.api.queueFaults(/users\/9000000000001\/tickets/, { kind: 'networkError' })
    const loading = view.loader.load()
    await flushPromises()
    view.sdk.ticketData['ticket.requester'] = { id: requesterB }
    view.sdk.ticketData['ticket.id'] = ticketOfB

    const result = await settle(loading, view.clock)

    expect(result.ok && result.value.requester.id).toBe(requesterB)
  })
  it('gives up with AbortError rather than answer for a requester the ticket no longer has', async () => {
    const { dataset, requesterB } = twoRequesters()
    const view = openSidebar({ dataset, ticketId: generatedTicketId(0, 12), requesterId: generatedRequesterId, now })
    let reads = 0
    Object.defineProperty(view.sdk.ticketData, 'ticket.requester', {
      get: () => ({ id: reads++ % 2 === 0 ? generatedRequesterId : requesterB })
    })

    await expect(settle(view.loader.load(), view.clock)).rejects.toSatisfy(isAbortError)
  })
})

describe('overlapping loads of the same ticket', () => {
  it('share one set of requests (React StrictMode, double clicks)', async () => {
    const view = openGeneratedSidebar({ ticketCount: 12, now })

    const [first, second] = await settle(Promise.all([view.loader.load(), view.loader.load()]), view.clock)

    expect(first).toEqual(second)
    expect(countRequests(view.api.requests)).toMatchObject({ ticketPages: 1, comments: 6 })
  })

  it('keep going for the caller that stays when the other one aborts', async () => {
    const view = openGeneratedSidebar({ ticketCount: 12, now })
    // Zendesk asks to wait, so both callers are still waiting when one leaves.
    view.api.queueFaults(/requested\.json/, { kind: 'http', status: 429, body: '', headers: { 'retry-after': '3' } })
    const leaving = new AbortController()
    const left = view.loader.load({ signal: leaving.signal })
    const staying = view.loader.load()
    await flushPromises()
    leaving.abort()

    await expect(left).rejects.toSatisfy(isAbortError)
    const result = await settle(staying, view.clock)
    expect(result.ok).toBe(true)
    // One shared first page answered 429, then its one retry: two callers never meant two pages each.
    expect(countRequests(view.api.requests).ticketPages).toBe(2)
  })

  it('pass progress to every caller still waiting', async () => {
    const api = createFakeZendeskApi(generatedDataset({ ticketCount: 12, now }))
    api.queueFaults(/requested\.json/, { kind: 'http', status: 429, body: '', headers: { 'retry-after': '3' } })
    const view = openSidebar({
      dataset: api.dataset,
      api,
      ticketId: generatedTicketId(0, 12),
      requesterId: generatedRequesterId,
      now
    })
    const seenByFirst: unknown[] = []
    const seenBySecond: unknown[] = []

    await settle(
      Promise.all([
        view.loader.load({ onProgress: (progress) => seenByFirst.push(progress) }),
        view.loader.load({ onProgress: (progress) => seenBySecond.push(progress) })
      ]),
      view.clock
    )

    expect(seenByFirst).toEqual([{ kind: 'waitingForZendesk', retryAt: now + 3000 }])
    expect(seenBySecond).toEqual(seenByFirst)
  })
})
