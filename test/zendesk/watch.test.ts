/** loader.watch: the ZAF ticket events that make a loaded history stale, and what they do to the cache. */
import { describe, expect, it, vi } from 'vitest'
import { countRequests, openGeneratedSidebar } from './fakes/loaderHarness'
import { generatedRequesterId } from './fakes/requesterDataset'

const now = Date.parse('2025-06-01T12:00:00Z')

function watchedSidebar() {
  const view = openGeneratedSidebar({ ticketCount: 12, now })
  const onStale = vi.fn()
  const unwatch = view.loader.watch(onStale)
  return { view, onStale, unwatch }
}

describe('loader.watch', () => {
  it('subscribes to ticket.requester.id.changed, ticket.submit.done and ticket.updated', () => {
    const { view } = watchedSidebar()

    for (const event of ['ticket.requester.id.changed', 'ticket.submit.done', 'ticket.updated']) {
      expect(view.sdk.handlerCount(event)).toBe(1)
    }
  })

  it('ignores the requester event Zendesk fires on load for the requester already shown', async () => {
    const { view, onStale } = watchedSidebar()
    await view.loadHistory()

    view.sdk.emit('ticket.requester.id.changed', generatedRequesterId)

    expect(onStale).not.toHaveBeenCalled()
  })

  it('reports a new requester as stale, and keeps the old requester cached (it is still their history)', async () => {
    const { view, onStale } = watchedSidebar()
    await view.loadHistory()
    const before = view.api.requests.length

    view.sdk.emit('ticket.requester.id.changed', 123)
    view.sdk.ticketData['ticket.requester'] = { id: generatedRequesterId }
    await view.loadHistory()

    expect(onStale).toHaveBeenCalledTimes(1)
    expect(view.api.requests.length).toBe(before)
  })

  it.each(['ticket.submit.done', 'ticket.updated'])(
    'on %s forgets the cached history, so the reload asks Zendesk',
    async (event) => {
      const { view, onStale } = watchedSidebar()
      await view.loadHistory()

      view.sdk.emit(event)
      const before = view.api.requests.length
      await view.loadHistory()

      expect(onStale).toHaveBeenCalledTimes(1)
      expect(countRequests(view.api.requests.slice(before))).toMatchObject({ ticketPages: 1, comments: 6 })
    }
  )

  it('unsubscribes every handler', () => {
    const { view, onStale, unwatch } = watchedSidebar()

    unwatch()
    view.sdk.emit('ticket.updated')

    expect(onStale).not.toHaveBeenCalled()
    for (const event of ['ticket.requester.id.changed', 'ticket.submit.done', 'ticket.updated']) {
      expect(view.sdk.handlerCount(event)).toBe(0)
    }
  })
})
