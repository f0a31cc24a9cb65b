/**
 * One cold sidebar view on the demo host, timed inside chromium: from `app.registered` (the parent frame
 * answering the SDK's handshake) to the first ready view (the headline) and to the complete one (every page of
 * history read), with the requests the view made and the JavaScript files the app frame loaded.
 */
import type { Browser } from 'playwright-core'

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

/**
 * Records, inside the app frame, when the sidebar first shows a ready view and when it stops refining. A string,
 * not a function: tsx would wrap a function's inner names in a helper the page does not have.
 */
const readyWatcher = `
  if (location.pathname.endsWith('/iframe.html')) {
    const marks = { headlineAt: 0, completeAt: 0 }
    window.__rapportBench = marks
    const check = () => {
      const ready = document.querySelector('[data-testid="rapport-sidebar"][data-state="ready"]')
      if (!ready) return
      const now = Date.now()
      if (!marks.headlineAt) marks.headlineAt = now
      if (!marks.completeAt && !ready.hasAttribute('data-refining')) marks.completeAt = now
    }
    new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true })
  }
`

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

export async function timeSidebarView(browser: Browser, url: string): Promise<SidebarViewRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  try {
    await context.addInitScript({ content: readyWatcher })
    const page = await context.newPage()
    const scripts = new Set<string>()
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname
      if (path.startsWith('/app/') && path.endsWith('.js')) scripts.add(path)
    })
    await page.goto(url)
    const frame = await (await page.waitForSelector('iframe.sidebar-app')).contentFrame()
    if (!frame) throw new Error('the sidebar iframe has no frame')
    await frame.waitForFunction(
      () => ((window as unknown as { __rapportBench?: { completeAt: number } }).__rapportBench?.completeAt ?? 0) > 0,
      undefined,
      // The marks are taken by the observer as the view changes; polling for them only has to notice they are
      // set, and rarely: each poll is a task in the app frame the view itself would otherwise run.
      { timeout: 30_000, polling: 250 }
    )
    const marks = await frame.evaluate(
      () => (window as unknown as { __rapportBench: { headlineAt: number; completeAt: number } }).__rapportBench
    )
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
    return {
      headlineMs: marks.headlineAt - host.registeredAt,
      completeMs: marks.completeAt - host.registeredAt,
      sequentialRoundTrips: sequentialRoundTrips(host.requests, marks.completeAt),
      sequentialRoundTripsToHeadline: sequentialRoundTrips(host.requests, marks.headlineAt),
      requests: host.requests.length,
      firstRequestMs: Math.min(...host.requests.map((request) => request.startedAt)) - host.registeredAt,
      headlineRenderMs:
        marks.headlineAt -
        Math.max(
          ...host.requests
            .map((request) => request.endedAt ?? Infinity)
            .filter((endedAt) => endedAt <= marks.headlineAt)
        ),
      scripts: [...scripts]
    }
  } finally {
    await context.close()
  }
}
