import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { chromium, type Browser, type FrameLocator, type Locator, type Page } from 'playwright-core'
import { afterAll, beforeAll, expect } from 'vitest'
import { CHROMIUM_ARGS, chromiumPath } from './chromiumPath'
import { startDemoHost, type RunningHost } from './demoHost'

export const screenshotDir = resolve(import.meta.dirname, '../../test-results')

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS })
}

/** One demo host and one chromium for a test file, started before its tests and stopped after them. */
export function useDemoWorkspace(hostArgs: () => string[] = () => []): {
  readonly host: RunningHost
  readonly browser: Browser
} {
  const session: { host?: RunningHost; browser?: Browser } = {}
  beforeAll(async () => {
    session.host = await startDemoHost(hostArgs())
    session.browser = await launchBrowser()
  })
  afterAll(async () => {
    await session.browser?.close()
    await session.host?.stop()
  })
  return {
    get host() {
      if (!session.host) throw new Error('the demo host is not running')
      return session.host
    },
    get browser() {
      if (!session.browser) throw new Error('chromium is not running')
      return session.browser
    }
  }
}

export interface Workspace {
  page: Page
  /** Uncaught errors of the page and its frames. */
  pageErrors: string[]
}

/** Runs `use` on a fresh workspace page at `url` and always closes it, whatever the test asserts. */
export async function withWorkspace(
  browser: Browser,
  url: string,
  use: (workspace: Workspace) => Promise<void>,
  options: { fakeClock?: boolean } = {}
) {
  const { page, pageErrors, close } = await openWorkspace(browser, url, options)
  try {
    await use({ page, pageErrors })
  } finally {
    await close()
  }
}

/** A fresh agent workspace page (its own storage, so no test sees another's cache). */
export async function openWorkspace(browser: Browser, url: string, options: { fakeClock?: boolean } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1400 } })
  const page = await context.newPage()
  const pageErrors: string[] = []
  page.on('pageerror', (error) => pageErrors.push(error.message))
  if (options.fakeClock) await page.clock.install()
  await page.goto(url)
  return { page, pageErrors, close: () => context.close() }
}

export function sidebar(page: Page): FrameLocator {
  return page.frameLocator('iframe.sidebar-app')
}

/** Opens every closed section below the headline, as an agent reading everything would (closed ones are not built). */
export async function openAllSections(page: Page) {
  const triggers = sidebar(page).locator('[data-testid="insight-sections"] button[aria-expanded="false"]')
  for (let count = await triggers.count(); count > 0; count = await triggers.count()) await triggers.first().click()
}

/** `notice`: a routine state of the ticket (no requester, requester deleted), shown as a neutral notice. */
export type SidebarStateName = 'loading' | 'waiting' | 'error' | 'notice' | 'ready'

/**
 * Waits until the sidebar reaches `state` (for `ready`, the view after its last refinement). With a fake clock,
 * time only moves when this advances it, so retries and Retry-After waits take no real seconds.
 */
export async function waitForSidebarState(
  page: Page,
  state: SidebarStateName,
  options: { advanceClockMs?: number; attempts?: number } = {}
) {
  // `ready` means the settled view: a preview shown while older pages load is ready too, but its prompts may change.
  const settled = state === 'ready' ? ':not([data-refining])' : ''
  const root = sidebar(page).locator(`[data-testid="rapport-sidebar"][data-state="${state}"]${settled}`)
  if (!options.advanceClockMs) return root.waitFor({ timeout: 20_000 })
  for (let attempt = 0; attempt < (options.attempts ?? 100); attempt += 1) {
    if ((await root.count()) > 0) return
    await page.clock.runFor(options.advanceClockMs)
    await page.waitForTimeout(20)
  }
  throw new Error(`sidebar never reached state "${state}"`)
}

export async function saveScreenshots(page: Page, name: string) {
  mkdirSync(screenshotDir, { recursive: true })
  await page.screenshot({ path: resolve(screenshotDir, `${name}.png`) })
  await page.locator('iframe.sidebar-app').screenshot({ path: resolve(screenshotDir, `${name}-sidebar.png`) })
}

/**
 * Clicks until `done`: each dismissal, restore or opened section resizes the iframe (ZAF `resize`), and a click
 * that falls while the host moves it lands beside the button (seen in CI: the list never opened, nothing had
 * focus). The next render can also take a while on a loaded machine, so each attempt waits for it before clicking
 * again.
 */
const clickAttemptMs = 5_000

export async function clickUntil(target: Locator, done: () => Promise<boolean>) {
  for (let attempt = 0; attempt < 4 && !(await done()); attempt += 1) {
    // A click that hangs (seen in CI: "performing click action" until the test's 30 s ran out, as the host moved the
    // frame) gets the next attempt rather than the whole budget; `done` still decides.
    await target.click({ timeout: clickAttemptMs }).catch(() => undefined)
    await expect
      .poll(done, { timeout: 3_000 })
      .toBe(true)
      .catch(() => undefined)
  }
  expect(await done()).toBe(true)
}
