import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { demoStories } from '../../src/host/seed/stories'
import { sidebar, useDemoWorkspace, waitForSidebarState, withWorkspace } from './browser'

const workspace = useDemoWorkspace()
const story = demoStories.find((candidate) => candidate.id === 'frustrated-loyalist') ?? demoStories[0]!

const withFaults = (spec: string) =>
  `${workspace.host.url}?ticket=${story.currentTicketId}&faults=${encodeURIComponent(spec)}`

async function statusesOf(page: Page, pattern: RegExp) {
  const requests = await page.evaluate(() => window.rapportHost?.requests.map((request) => ({ ...request })) ?? [])
  return requests.filter((request) => pattern.test(String(request.url))).map((request) => request.status)
}

/**
 * Faults are injected by the demo host's fake API; time is Playwright's fake clock, so a 30-second Retry-After or
 * a 15-second timeout costs no real seconds.
 */
describe('the sidebar when Zendesk misbehaves', () => {
  it('waits out a 429 with Retry-After, says it is waiting, then shows the insight', async () => {
    await withWorkspace(
      workspace.browser,
      withFaults('tickets:429x1=30'),
      async ({ page }) => {
        await waitForSidebarState(page, 'waiting', { advanceClockMs: 100 })
        await expect(sidebar(page).getByTestId('state-waiting').textContent()).resolves.toContain('Waiting for Zendesk')
        await waitForSidebarState(page, 'ready', { advanceClockMs: 2_000 })
        expect(await statusesOf(page, /tickets\/requested/)).toEqual([429, 200])
      },
      { fakeClock: true }
    )
  })

  it('retries a passing 500 and recovers on its own', async () => {
    await withWorkspace(
      workspace.browser,
      withFaults('tickets:500x1'),
      async ({ page }) => {
        await waitForSidebarState(page, 'ready', { advanceClockMs: 500 })
        expect(await statusesOf(page, /tickets\/requested/)).toEqual([500, 200])
      },
      { fakeClock: true }
    )
  })

  it('gives up on a persistent 500 with a clear message and a retry, and loads once Zendesk is back', async () => {
    await withWorkspace(
      workspace.browser,
      withFaults('tickets:500'),
      async ({ page }) => {
        await waitForSidebarState(page, 'error', { advanceClockMs: 1_000 })
        const error = sidebar(page).getByTestId('state-error')
        await expect(error.getAttribute('data-error-kind')).resolves.toBe('server')
        await expect(error.textContent()).resolves.toContain('Zendesk did not answer')
        await sidebar(page).getByRole('button', { name: 'Try again' }).waitFor()
        await page.evaluate(async () => {
          await window.rapportHost?.setFaults('')
        })
        await waitForSidebarState(page, 'ready', { advanceClockMs: 500 })
      },
      { fakeClock: true }
    )
  })

  it('stops waiting for a request that never answers and says Zendesk is slow', async () => {
    await withWorkspace(
      workspace.browser,
      withFaults('tickets:timeout'),
      async ({ page }) => {
        await waitForSidebarState(page, 'error', { advanceClockMs: 1_000, attempts: 60 })
        await expect(sidebar(page).getByTestId('state-error').getAttribute('data-error-kind')).resolves.toBe('timeout')
        await sidebar(page).getByRole('button', { name: 'Try again' }).waitFor()
      },
      { fakeClock: true }
    )
  })

  it('reports a malformed body instead of crashing', async () => {
    await withWorkspace(workspace.browser, withFaults('tickets:malformed'), async ({ page, pageErrors }) => {
      await waitForSidebarState(page, 'error')
      await expect(sidebar(page).getByTestId('state-error').getAttribute('data-error-kind')).resolves.toBe('malformed')
      expect(pageErrors).toEqual([])
    })
  })

  it('shows what it knows when some comments fail, and says the history is partial', async () => {
    await withWorkspace(
      workspace.browser,
      withFaults('comments:500'),
      async ({ page }) => {
        await waitForSidebarState(page, 'ready', { advanceClockMs: 1_000 })
        await sidebar(page).getByTestId('history-partial').waitFor()
        await expect(sidebar(page).getByTestId('requester-name').textContent()).resolves.toBe(story.requesterName)
      },
      { fakeClock: true }
    )
  })
})
