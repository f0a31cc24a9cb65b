import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoStories } from '../../src/host/seed/stories'
import { launchBrowser, openWorkspace, sidebar, waitForSidebarState } from './browser'
import { startDemoHost, type RunningHost } from './demoHost'

let host: RunningHost
let browser: Browser
const story = demoStories.find((candidate) => candidate.id === 'frustrated-loyalist') ?? demoStories[0]!

beforeAll(async () => {
  host = await startDemoHost()
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await host?.stop()
})

const withFaults = (spec: string) => `${host.url}?ticket=${story.currentTicketId}&faults=${encodeURIComponent(spec)}`

async function statusesOf(page: import('playwright-core').Page, pattern: RegExp) {
  const requests = await page.evaluate(() => window.rapportHost?.requests.map((request) => ({ ...request })) ?? [])
  return requests.filter((request) => pattern.test(String(request.url))).map((request) => request.status)
}

/**
 * Faults are injected by the demo host's fake API; time is Playwright's fake clock, so a 30-second Retry-After or
 * a 15-second timeout costs no real seconds.
 */
describe('the sidebar when Zendesk misbehaves', () => {
  it('waits out a 429 with Retry-After, says it is waiting, then shows the insight', async () => {
    const { page, close } = await openWorkspace(browser, withFaults('tickets:429x1=30'), { fakeClock: true })
    try {
      await waitForSidebarState(page, 'waiting', { advanceClockMs: 100 })
      await expect(sidebar(page).getByTestId('state-waiting').textContent()).resolves.toContain('Waiting for Zendesk')
      await waitForSidebarState(page, 'ready', { advanceClockMs: 2_000 })
      expect(await statusesOf(page, /tickets\/requested/)).toEqual([429, 200])
    } finally {
      await close()
    }
  })

  it('retries a passing 500 and recovers on its own', async () => {
    const { page, close } = await openWorkspace(browser, withFaults('tickets:500x1'), { fakeClock: true })
    try {
      await waitForSidebarState(page, 'ready', { advanceClockMs: 500 })
      expect(await statusesOf(page, /tickets\/requested/)).toEqual([500, 200])
    } finally {
      await close()
    }
  })

  it('gives up on a persistent 500 with a clear message and a retry, and loads once Zendesk is back', async () => {
    const { page, close } = await openWorkspace(browser, withFaults('tickets:500'), { fakeClock: true })
    try {
      await waitForSidebarState(page, 'error', { advanceClockMs: 1_000 })
      const error = sidebar(page).getByTestId('state-error')
      await expect(error.getAttribute('data-error-kind')).resolves.toBe('server')
      await expect(error.textContent()).resolves.toContain('Zendesk did not answer')
      await sidebar(page).getByRole('button', { name: 'Try again' }).waitFor()
      await page.evaluate(async () => {
        await window.rapportHost?.setFaults('')
      })
      await waitForSidebarState(page, 'ready', { advanceClockMs: 500 })
    } finally {
      await close()
    }
  })

  it('stops waiting for a request that never answers and says Zendesk is slow', async () => {
    const { page, close } = await openWorkspace(browser, withFaults('tickets:timeout'), { fakeClock: true })
    try {
      await waitForSidebarState(page, 'error', { advanceClockMs: 1_000, attempts: 60 })
      await expect(sidebar(page).getByTestId('state-error').getAttribute('data-error-kind')).resolves.toBe('timeout')
      await sidebar(page).getByRole('button', { name: 'Try again' }).waitFor()
    } finally {
      await close()
    }
  })

  it('reports a malformed body instead of crashing', async () => {
    const { page, pageErrors, close } = await openWorkspace(browser, withFaults('tickets:malformed'))
    try {
      await waitForSidebarState(page, 'error')
      await expect(sidebar(page).getByTestId('state-error').getAttribute('data-error-kind')).resolves.toBe('malformed')
      expect(pageErrors).toEqual([])
    } finally {
      await close()
    }
  })

  it('shows what it knows when some comments fail, and says the history is partial', async () => {
    const { page, close } = await openWorkspace(browser, withFaults('comments:500'), { fakeClock: true })
    try {
      await waitForSidebarState(page, 'ready', { advanceClockMs: 1_000 })
      await sidebar(page).getByTestId('history-partial').waitFor()
      await expect(sidebar(page).getByTestId('requester-name').textContent()).resolves.toBe(story.requesterName)
    } finally {
      await close()
    }
  })
})
