/**
 * The order of a load's requests, answered by hand: the ticket pages (the chain of round trips every load waits
 * for) never wait behind conversations, the newest conversations share the second page's wave, and the load
 * never has more than six requests in flight.
 */
import { describe, expect, it } from 'vitest'
import { createRequesterHistoryCache } from '../../src/zendesk/historyCache'
import { createRequesterHistoryLoader } from '../../src/zendesk/requesterHistoryLoader'
import { defaultHistorySettings, type HistorySettings } from '../../src/zendesk/settings'
import { wrapZafSdk, type ZafHttpResponse } from '../../src/zendesk/zafSdkWrapper'
import { createFakeClock, flushPromises } from './fakes/fakeClock'
import { createFakeZafSdk } from './fakes/fakeZafSdk'
import { createFakeZendeskApi } from './fakes/fakeZendeskApi'
import { generatedDataset, generatedRequesterId, generatedTicketId } from './fakes/requesterDataset'

const now = Date.parse('2025-06-01T12:00:00Z')
const ticketCount = 250

interface HeldRequest {
  url: string
  answer: () => void
}

function heldLoad(settings: Partial<HistorySettings> = {}) {
  const dataset = generatedDataset({ ticketCount, now })
  const sdk = createFakeZafSdk(createFakeZendeskApi(dataset), {
    id: generatedTicketId(0, ticketCount),
    requesterId: generatedRequesterId
  })
  const client = wrapZafSdk(sdk)
  const held: HeldRequest[] = []
  let inFlight = 0
  let mostInFlight = 0
  const request = client.request.bind(client)
  client.request = (options) => {
    inFlight += 1
    mostInFlight = Math.max(mostInFlight, inFlight)
    return new Promise<ZafHttpResponse>((resolve) => {
      held.push({
        url: options.url,
        answer: () => {
          inFlight -= 1
          resolve(request(options))
        }
      })
    })
  }
  const loader = createRequesterHistoryLoader({
    client,
    settings: { ...defaultHistorySettings, ...settings },
    clock: createFakeClock(now),
    cache: createRequesterHistoryCache()
  })
  const kind = (url: string) =>
    url.includes('/tickets/requested.json') ? 'page' : url.includes('/comments.json') ? 'comments' : 'other'
  return {
    result: loader.load(),
    /** The held requests of one kind, answered in the order they were made. */
    answer: async (which: 'page' | 'comments' | 'other' | 'all') => {
      const chosen = held.filter((request) => which === 'all' || kind(request.url) === which)
      chosen.forEach((request) => held.splice(held.indexOf(request), 1))
      chosen.forEach((request) => request.answer())
      await flushPromises()
    },
    waiting: () => held.map((request) => kind(request.url)),
    mostInFlight: () => mostInFlight
  }
}

describe('request waves', () => {
  it('reads the five newest conversations in the second page’s wave, never more than six requests at once', async () => {
    const load = heldLoad()
    await flushPromises()
    expect(load.waiting().sort()).toEqual(['comments', 'other', 'page'])
    await load.answer('all')
    expect(load.waiting().filter((kind) => kind === 'page')).toHaveLength(1)
    expect(load.waiting().filter((kind) => kind === 'comments')).toHaveLength(5)
    while (load.waiting().length > 0) await load.answer('all')
    const result = await load.result
    expect(result.ok && result.value.tickets).toHaveLength(ticketCount)
    expect(load.mostInFlight()).toBeLessThanOrEqual(6)
  })

  it('asks for each ticket page as soon as the one before it is in, however many conversations are waiting', async () => {
    const load = heldLoad({ recentTicketsWithComments: 12 })
    await flushPromises()
    await load.answer('all')
    // The conversations fill their five slots, the others queue; the page has a slot of its own.
    expect(load.waiting().filter((kind) => kind === 'comments')).toHaveLength(5)
    await load.answer('page')
    expect(
      load.waiting().filter((kind) => kind === 'page'),
      'the third page waits for no conversation'
    ).toHaveLength(1)
    while (load.waiting().length > 0) await load.answer('all')
    const result = await load.result
    expect(result.ok && result.value.tickets.filter((ticket) => ticket.comments !== null)).toHaveLength(13)
    expect(load.mostInFlight()).toBeLessThanOrEqual(6)
  })
})
