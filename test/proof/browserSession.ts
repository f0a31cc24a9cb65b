/**
 * The demo host and Debian's chromium for the browser proofs, started the way the e2e tests start them (the
 * e2e helpers in test/e2e/browser.ts are bound to vitest's hooks; these run from a plain script).
 */
import { chromium, type Browser, type Frame, type Page } from 'playwright-core'
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/chromiumPath'
import { startDemoHost, type RunningHost } from '../e2e/demoHost'

export interface BrowserSession {
  host: RunningHost
  browser: Browser
  close(): Promise<void>
}

export async function startBrowserSession(hostArgs: string[] = []): Promise<BrowserSession> {
  const host = await startDemoHost(hostArgs)
  try {
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS })
    return {
      host,
      browser,
      async close() {
        await browser.close()
        await host.stop()
      }
    }
  } catch (error) {
    await host.stop()
    throw error
  }
}

/** The sidebar app's frame (the iframe the host page creates for each opened ticket). */
export async function sidebarFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe.sidebar-app', { timeout: 20_000 })
  const frame = await handle.contentFrame()
  if (!frame) throw new Error('the sidebar iframe has no frame')
  return frame
}

export type SidebarStateName = 'loading' | 'waiting' | 'error' | 'notice' | 'ready'

export async function sidebarState(page: Page): Promise<SidebarStateName | null> {
  const frame = await sidebarFrame(page)
  return frame
    .locator('[data-testid="rapport-sidebar"]')
    .getAttribute('data-state', { timeout: 5_000 })
    .then((state) => state as SidebarStateName | null)
    .catch(() => null)
}

/**
 * Waits for one of `states`. With Playwright's fake clock installed, time moves only when this advances it, so
 * Retry-After waits, backoff and 15-second timeouts cost no real seconds.
 */
export async function waitForSidebar(
  page: Page,
  states: SidebarStateName[],
  clock: { advanceMs: number; attempts: number } | null = null
): Promise<SidebarStateName> {
  const selector = states.map((state) => `[data-testid="rapport-sidebar"][data-state="${state}"]`).join(', ')
  if (!clock) {
    const frame = await sidebarFrame(page)
    await frame.locator(selector).first().waitFor({ timeout: 30_000 })
  } else {
    for (let attempt = 0; ; attempt += 1) {
      const frame = await sidebarFrame(page)
      if ((await frame.locator(selector).count()) > 0) break
      if (attempt >= clock.attempts) throw new Error(`the sidebar never reached ${states.join(' or ')}`)
      await page.clock.runFor(clock.advanceMs)
      await page.waitForTimeout(20)
    }
  }
  const state = await sidebarState(page)
  if (state === null) throw new Error('the sidebar has no state')
  return state
}
