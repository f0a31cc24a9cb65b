/**
 * Issue 13 item 5: the demo host never deadlocks. With `comments:timeout` the fake API never answers the
 * comment requests; the page abandons each proxied request when it times out or when its sidebar instance
 * closes, so they never use up the browser's six connections per host, and reopening, switching tickets or
 * clearing the faults always recovers. Time is Playwright's fake clock, so the timeouts cost no real seconds.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { proxiedRequestTimeoutMs } from '../../src/host/page/requestProxy'
import { demoStories } from '../../src/host/seed/stories'
import { sidebar, useDemoWorkspace, waitForSidebarState, withWorkspace } from './browser'

const workspace = useDemoWorkspace()
const story = demoStories.find((candidate) => candidate.id === 'frustrated-loyalist') ?? demoStories[0]!
const other = demoStories.find((candidate) => candidate.id === 'delighted-advocate') ?? demoStories[1]!

const pendingRequests = (page: Page) =>
  page.evaluate(() => window.rapportHost?.requests.filter((request) => request.outcome === 'pending').length ?? 0)

/** Moves the fake clock on in steps (letting the page run between them) until `done` or the budget is spent. */
async function runClockUntil(page: Page, done: () => Promise<boolean>, stepMs = 1_000, steps = 120) {
  for (let step = 0; step < steps; step++) {
    if (await done()) return
    await page.clock.runFor(stepMs)
    await page.waitForTimeout(20)
  }
  throw new Error('the condition never held')
}

describe('the demo host under never-answered requests', () => {
  it('abandons proxied requests that time out, so reopening and clearing the faults recover', async () => {
    await withWorkspace(
      workspace.browser,
      `${workspace.host.url}?ticket=${story.currentTicketId}&faults=${encodeURIComponent('comments:timeout')}`,
      async ({ page }) => {
        // The app gives up on the conversations and shows what it knows, marked partial.
        await waitForSidebarState(page, 'ready', { advanceClockMs: 1_000, attempts: 120 })
        await sidebar(page).getByTestId('history-partial').waitFor()

        // Every comment request the page proxied ends within the proxy timeout, answered as a failure.
        await page.clock.runFor(proxiedRequestTimeoutMs + 1_000)
        await runClockUntil(page, async () => (await pendingRequests(page)) === 0)
        const comments = await page.evaluate(
          () => window.rapportHost?.requests.filter((request) => request.url.includes('/comments.json')) ?? []
        )
        expect(comments.length).toBeGreaterThan(0)
        expect(comments.every((request) => request.outcome === 'fail' && request.status === 0)).toBe(true)

        // Reopen several times with the fault still on: each time the sidebar comes back.
        for (let reopen = 0; reopen < 3; reopen++) {
          await page.evaluate(() =>
            window.rapportHost?.openTicket(Number(new URL(location.href).searchParams.get('ticket')))
          )
          await waitForSidebarState(page, 'ready', { advanceClockMs: 1_000, attempts: 120 })
        }
        // Switch to another requester's ticket and back, then clear the faults: a complete history again.
        await page.evaluate((id) => window.rapportHost?.openTicket(id), other.currentTicketId)
        await waitForSidebarState(page, 'ready', { advanceClockMs: 1_000, attempts: 120 })
        await page.evaluate((id) => window.rapportHost?.openTicket(id), story.currentTicketId)
        await page.evaluate(async () => {
          await window.rapportHost?.setFaults('')
        })
        await waitForSidebarState(page, 'ready', { advanceClockMs: 500, attempts: 120 })
        await expect(sidebar(page).getByTestId('history-partial').count()).resolves.toBe(0)
      },
      { fakeClock: true }
    )
  })

  it('abandons the requests of a sidebar instance that closes, at once', async () => {
    await withWorkspace(
      workspace.browser,
      `${workspace.host.url}?ticket=${story.currentTicketId}&faults=${encodeURIComponent('comments:timeout')}`,
      async ({ page }) => {
        await runClockUntil(page, async () => (await pendingRequests(page)) > 0, 100)
        await page.evaluate((id) => window.rapportHost?.openTicket(id), other.currentTicketId)
        const abandoned = await page.evaluate(
          () => window.rapportHost?.requests.filter((request) => request.outcome === 'aborted').length ?? 0
        )
        expect(abandoned).toBeGreaterThan(0)
        await page.evaluate(async () => {
          await window.rapportHost?.setFaults('')
        })
        await waitForSidebarState(page, 'ready', { advanceClockMs: 500, attempts: 120 })
      },
      { fakeClock: true }
    )
  })
})
