/**
 * `npm run docs:screenshots`: builds nothing itself (run `npm run build && npm run build:host` first, as
 * `npm test` does), starts the demo host and chromium, and writes every image of docs/images/ listed in
 * docScreenshots.ts, cropped to the sidebar (320 px wide, as in Zendesk). Re-run it whenever the sidebar
 * changes; images no shot names any more are deleted, so the folder never keeps a stale picture.
 *
 *   tsx test/docs/takeScreenshots.ts [name-prefix]
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { sidebarFrame, startBrowserSession, waitForSidebar } from '../proof/browserSession'
import { docShots, type DocShot } from './docScreenshots'

const imagesDir = resolve(import.meta.dirname, '../../docs/images')
const sidebarWidth = 320
const defaultMaxHeight = 1_100

async function openShot(browser: Browser, hostUrl: string, shot: DocShot): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1600 } })
  const page = await context.newPage()
  if (shot.fakeClockStepMs) await page.clock.install()
  if (shot.abortRequests) await page.route(shot.abortRequests, (route) => route.abort('connectionfailed'))
  const url = new URL(shot.outsideZendesk ? `${hostUrl}app/assets/iframe.html` : hostUrl)
  if (shot.story) url.searchParams.set('story', shot.story)
  for (const [name, value] of Object.entries(shot.params ?? {})) url.searchParams.set(name, value)
  await page.goto(url.href)
  return page
}

async function takeShot(page: Page, shot: DocShot, path: string) {
  if (shot.outsideZendesk) {
    await page.setViewportSize({ width: sidebarWidth, height: 400 })
    await page.getByTestId('state-error').screenshot({ path })
    return
  }
  await waitForSidebar(
    page,
    [shot.state ?? 'ready'],
    shot.fakeClockStepMs ? { advanceMs: shot.fakeClockStepMs, attempts: 300 } : null
  )
  const frame = await sidebarFrame(page)
  const clickScope = shot.clickIn ? frame.getByTestId(shot.clickIn).first() : frame
  for (const name of shot.click ?? []) await clickScope.getByRole('button', { name }).first().click()
  // Let the sidebar resize itself (invoke('resize')) and animations settle.
  await page.waitForTimeout(400)
  const iframe = await page.locator('iframe.sidebar-app').boundingBox()
  if (!iframe) throw new Error('the sidebar iframe is not visible')
  const focus = shot.focus
    ? await frame
        .getByTestId(shot.focus)
        .first()
        .boundingBox()
        .catch(() => null)
    : null
  const top = focus ? Math.max(iframe.y, focus.y - 8) : iframe.y
  const bottom = Math.min(iframe.y + iframe.height, top + (shot.height ?? defaultMaxHeight))
  await page.screenshot({
    path,
    fullPage: true,
    clip: { x: iframe.x, y: top, width: iframe.width, height: Math.max(40, bottom - top) }
  })
}

const prefix = process.argv[2] ?? ''
const shots = docShots.filter((shot) => shot.name.startsWith(prefix))
mkdirSync(imagesDir, { recursive: true })
const session = await startBrowserSession()
const failures: string[] = []
try {
  for (const shot of shots) {
    const page = await openShot(session.browser, session.host.url, shot)
    try {
      await takeShot(page, shot, resolve(imagesDir, `${shot.name}.png`))
      process.stdout.write(`docs/images/${shot.name}.png\n`)
    } catch (error) {
      failures.push(`${shot.name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`)
    } finally {
      await page.context().close()
    }
  }
} finally {
  await session.close()
}
if (prefix === '') {
  const wanted = new Set(docShots.map((shot) => `${shot.name}.png`))
  for (const file of readdirSync(imagesDir)) if (!wanted.has(file)) rmSync(resolve(imagesDir, file))
}
if (failures.length > 0) {
  process.stderr.write(`Shots that failed:\n${failures.join('\n')}\n`)
  process.exit(1)
}
