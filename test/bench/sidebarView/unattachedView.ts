/**
 * One cold sidebar view in a chromium that nothing drives while it loads: launched on the workspace URL with a
 * fresh profile, as an agent's browser opens a ticket, and attached to (CDP) only once the view has settled, to read
 * the app's ready marks and the parent frame's records. Playwright drives a browser through CDP events for every
 * request, frame and script on the same two cores the view runs on; this is the view without that instrument.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Frame, type Page } from 'playwright-core'
import { CHROMIUM_ARGS, chromiumPath } from '../../e2e/chromiumPath'
import type { RunningHost } from '../../e2e/demoHost'
import { readFinishedView, type SidebarViewRun } from './firstInsight'

/** No API request for this long means the view has asked for all it needs (requests come ≤ ~150 ms apart). */
const settledAfterQuietMs = 800
const giveUpAfterMs = 30_000
/**
 * Chromium opens on a blank page that goes to the workspace a second later by itself, so the view does not share
 * the cores with the browser's own start-up (its GPU, network and storage processes starting), as an agent's
 * browser is already open when they open a ticket.
 */
const startUpMs = 1_000
const openLater = (url: string) =>
  `data:text/html,${encodeURIComponent(`<meta http-equiv="refresh" content="${startUpMs / 1000};url=${url}">`)}`

export async function timeUnattachedView(host: RunningHost, url: string): Promise<SidebarViewRun> {
  const profile = mkdtempSync(join(tmpdir(), 'rapport-unattached-'))
  const served = host.output.length
  const browserProcess = spawn(
    chromiumPath(),
    [
      ...CHROMIUM_ARGS,
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      '--window-size=1280,900',
      openLater(url)
    ],
    { stdio: 'ignore' }
  )
  try {
    await viewSettled(host, served)
    const port = await devToolsPort(profile)
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`)
    try {
      const page = browser.contexts().flatMap((context) => context.pages())[0]
      if (!page) throw new Error('chromium opened no page')
      return await readFinishedView(page, await sidebarFrame(page))
    } finally {
      // Chromium closed as a user closes it, so its helper processes are gone before its profile is removed.
      const session = await browser.newBrowserCDPSession()
      await session.send('Browser.close').catch(() => undefined)
    }
  } finally {
    await stopProcess(browserProcess)
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 })
  }
}

/** The app frame, once Playwright has attached to it (an out-of-process frame is attached to after connecting). */
async function sidebarFrame(page: Page): Promise<Frame> {
  const element = await page.waitForSelector('iframe.sidebar-app')
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const frame = await element.contentFrame()
    if (frame) return frame
    await pause(50)
  }
  throw new Error('the sidebar iframe has no frame')
}

/** Waits, on the demo host's own request log, until the view has made API requests and then none for a while. */
async function viewSettled(host: RunningHost, servedBefore: number) {
  const startedAt = Date.now()
  let seen = servedBefore
  let lastChangeAt = Date.now()
  while (Date.now() - startedAt < giveUpAfterMs) {
    await pause(100)
    if (host.output.length !== seen) {
      seen = host.output.length
      lastChangeAt = Date.now()
    }
    if (seen > servedBefore && Date.now() - lastChangeAt >= settledAfterQuietMs) return
  }
  throw new Error('the unattached view made no API request within 30 s')
}

/** Chromium writes the port it chose for `--remote-debugging-port=0` into the profile's DevToolsActivePort. */
async function devToolsPort(profile: string): Promise<number> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      const port = Number(readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0])
      if (port > 0) return port
    } catch {
      // not written yet
    }
    await pause(50)
  }
  throw new Error('chromium did not open its DevTools port')
}

/** Waits for chromium to exit after closing, and kills it if it has not within a few seconds. */
function stopProcess(child: ReturnType<typeof spawn>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((done) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
    child.once('exit', () => {
      clearTimeout(timer)
      done()
    })
  })
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
