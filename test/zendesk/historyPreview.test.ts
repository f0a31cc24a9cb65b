/**
 * A requester with several pages of tickets: the loader hands out a preview once the first page (and the open
 * ticket's conversation) is in, starts the newest tickets' conversations then rather than after the last page,
 * and never previews after the result, nor when one page holds everything.
 */
import { describe, expect, it } from 'vitest'
import type { RequesterHistory } from '../../src/insight/requesterHistory'
import type { LoadProgress } from '../../src/zendesk/zendeskError'
import { countRequests, openGeneratedSidebar } from './fakes/loaderHarness'
import { generatedTicketId } from './fakes/requesterDataset'

const now = Date.parse('2025-06-01T12:00:00Z')

function previewsOf(progress: LoadProgress[]): RequesterHistory[] {
  return progress.flatMap((event) => (event.kind === 'preview' ? [event.history] : []))
}

describe('previews while older pages load', () => {
  it('previews the first page with the open and newest conversations, then returns the whole history', async () => {
    const sidebar = openGeneratedSidebar({ ticketCount: 250, now })
    const progress: LoadProgress[] = []
    const urlsAtFirstPreview: string[] = []
    const history = await sidebar.loadHistory({
      onProgress: (event) => {
        progress.push(event)
        if (event.kind === 'preview' && urlsAtFirstPreview.length === 0)
          urlsAtFirstPreview.push(...sidebar.api.requests)
      }
    })
    const previews = previewsOf(progress)
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(previewsOf(progress), 'no preview after the result').toHaveLength(previews.length)
    expect(previews.length).toBeGreaterThanOrEqual(1)
    expect(previews[0]!.tickets).toHaveLength(100)
    const open = previews[0]!.tickets.find((ticket) => ticket.id === generatedTicketId(0, 250))
    expect(open?.comments).not.toBeNull()
    // The last preview has the newest tickets' conversations too.
    const newest = previews.at(-1)!.tickets.slice(1, 6)
    expect(newest.every((ticket) => ticket.comments !== null)).toBe(true)
    // The whole history, read with the same requests as without previews: no conversation read twice.
    expect(history.tickets).toHaveLength(250)
    expect(countRequests(sidebar.api.requests)).toMatchObject({ ticketPages: 3, comments: 6 })
    // The newest conversations were asked for before the last page.
    const lastPage = sidebar.api.requests.map((url) => url.includes('/tickets/requested.json')).lastIndexOf(true)
    const firstNewestComments = sidebar.api.requests.findIndex((url) =>
      url.includes(`/tickets/${generatedTicketId(1, 250)}/comments.json`)
    )
    expect(firstNewestComments).toBeLessThan(lastPage)
  })

  it('sends no preview when the first page is the only one', async () => {
    const progress: LoadProgress[] = []
    await openGeneratedSidebar({ ticketCount: 40, now }).loadHistory({ onProgress: (event) => progress.push(event) })
    expect(previewsOf(progress)).toEqual([])
  })
})
