/**
 * One cold sidebar view on the demo host, timed inside chromium: from `app.registered` (the parent frame
 * answering the SDK's handshake) to the first ready view (the headline) and to the complete one (every page of
 * history read), with the requests the view made and the JavaScript files the app frame loaded.
 */
import type { Browser, Frame, Page } from 'playwright-core'
import { readyMarks } from '../../../src/app/hooks/useReadyMarks'

export interface SidebarViewRun {
  headlineMs: number
  completeMs: number
  /** The longest chain of requests each started after the previous one ended, up to the complete view. */
  sequentialRoundTrips: number
  sequentialRoundTripsToHeadline: number
  requests: number
  /** From app.registered to the first API request: what the app does before it can ask Zendesk anything. */
  firstRequestMs: number
  /** From the last answer before the headline to the headline: reading, analysis and rendering. */
  headlineRenderMs: number
  /** Paths of the JavaScript files the app frame loaded, e.g. `/app/assets/iframe-abc.js`. */
  scripts: string[]
}

interface TimedRequest {
  startedAt: number
  endedAt: number | null
}

/** Longest chain r1, r2, … of requests with r(k+1) started after r(k) ended: the round trips a view waited for. */
export function sequentialRoundTrips(requests: TimedRequest[], until: number): number {
  const done = requests
    .filter((request): request is { startedAt: number; endedAt: number } => request.endedAt !== null)
    .filter((request) => request.endedAt <= until)
    .sort((a, b) => a.endedAt - b.endedAt)
  const depth: number[] = []
  done.forEach((request, index) => {
    let best = 0
    for (let before = 0; before < index; before += 1) {
      if (done[before]!.endedAt <= request.startedAt) best = Math.max(best, depth[before]!)
    }
    depth.push(best + 1)
  })
  return Math.max(0, ...depth)
}

/** One cold view driven by Playwright: a fresh context, its marks awaited through CDP while the view loads. */
export async function timeSidebarView(browser: Browser, url: string): Promise<SidebarViewRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  try {
    const page = await context.newPage()
    await page.goto(url)
    const frame = await (await page.waitForSelector('iframe.sidebar-app')).contentFrame()
    if (!frame) throw new Error('the sidebar iframe has no frame')
    await frame.waitForFunction(
      (name) => performance.getEntriesByName(name, 'mark').length > 0,
      readyMarks.complete,
      // Polling only has to notice the mark is set, and rarely: each poll is a task in the app frame the view
      // itself would otherwise run.
      { timeout: 30_000, polling: 250 }
    )
    return await readFinishedView(page, frame)
  } finally {
    await context.close()
  }
}

/**
 * Read inside the app frame: when each ready mark was set (epoch ms) and which scripts the frame loaded. A string,
 * not a function: tsx would wrap a function's inner names in a helper the page does not have.
 */
const appFrameRecord = `(() => {
  const at = (name) => {
    const entry = performance.getEntriesByName(name, 'mark')[0]
    return entry ? Math.round(performance.timeOrigin + entry.startTime) : null
  }
  const scripts = performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/app/') && path.endsWith('.js'))
  return { headlineAt: at(${JSON.stringify(readyMarks.headline)}), completeAt: at(${JSON.stringify(readyMarks.complete)}), scripts }
})()`

/** What a finished view left behind: the app's marks and loaded scripts, the parent frame's handshake and requests. */
export async function readFinishedView(page: Page, frame: Frame): Promise<SidebarViewRun> {
  const app = (await frame.evaluate(appFrameRecord)) as {
    headlineAt: number | null
    completeAt: number | null
    scripts: string[]
  }
  if (app.headlineAt === null || app.completeAt === null) throw new Error('the view never became ready')
  const host = await page.evaluate(() => {
    const debug = window.rapportHost!
    const guid = debug.current()!.instanceGuid
    return {
      registeredAt: debug.messages.find((m) => m.instanceGuid === guid && m.name === 'iframe.handshake')!.at,
      requests: debug.requests
        .filter((request) => request.instanceGuid === guid)
        .map(({ startedAt, endedAt }) => ({ startedAt, endedAt }))
    }
  })
  const { headlineAt, completeAt } = app
  return {
    headlineMs: headlineAt - host.registeredAt,
    completeMs: completeAt - host.registeredAt,
    sequentialRoundTrips: sequentialRoundTrips(host.requests, completeAt),
    sequentialRoundTripsToHeadline: sequentialRoundTrips(host.requests, headlineAt),
    requests: host.requests.length,
    firstRequestMs: Math.min(...host.requests.map((request) => request.startedAt)) - host.registeredAt,
    headlineRenderMs:
      headlineAt -
      Math.max(
        ...host.requests.map((request) => request.endedAt ?? Infinity).filter((endedAt) => endedAt <= headlineAt)
      ),
    scripts: [...new Set(app.scripts)]
  }
}
