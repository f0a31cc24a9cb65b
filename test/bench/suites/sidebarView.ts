/**
 * The sidebar view against its two budgets, from one run: the JavaScript a sidebar view loads (gzip, every file
 * the app frame fetched, so initial and always-loaded lazy chunks alike), and the time to the ready view (every page
 * of history read) on the demo host in chromium with 100 ms added to every API request for a requester with 300
 * tickets, as a ratio to the round-trip floor (the view's sequential round trips × 100 ms) measured in the same runs.
 * The headline preview before it is timed beside, against its own one-round-trip floor.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { BenchSuite } from '../run'
import { launchBrowser } from '../../e2e/browser'
import { startDemoHost } from '../../e2e/demoHost'
import { buildAppAndHost, gzipSize, type ChunkSizes } from '../sidebarView/buildWithSizes'
import { timeSidebarView, type SidebarViewRun } from '../sidebarView/firstInsight'
import { timeUnattachedView } from '../sidebarView/unattachedView'
import { longHistoryTicketId, writeLongHistoryDataset } from '../sidebarView/longHistoryDataset'

/** Issue 10's budgets. */
const bundleBudgetKb = 150
const firstInsightBudgetRatio = 1.5
const latencyMs = 100
const ticketCount = 300
const runs = 7
/** `npm run bench -- sidebar --bundle-only`: one unhindered view, for the bundle lines alone (seconds, not minutes). */
const bundleOnly = process.argv.includes('--bundle-only')

const distAssets = resolve(import.meta.dirname, '../../../dist/assets')
const kb = (bytes: number) => (bytes / 1024).toFixed(1)
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN
const verdict = (ok: boolean) => (ok ? 'within budget' : 'OVER BUDGET')

function bundleLines(scripts: string[], chunks: ChunkSizes[]): string[] {
  const files = scripts.map((path) => path.replace(/^\/app\/assets\//, '')).sort()
  const sizes = files.map((file) => ({ file, gzipBytes: gzipSize(readFileSync(resolve(distAssets, file))) }))
  const total = sizes.reduce((sum, { gzipBytes }) => sum + gzipBytes, 0)
  const lines = [
    `JS loaded for a sidebar view: ${kb(total)} KB gzip (budget ${bundleBudgetKb} KB, ${(total / 1024 / bundleBudgetKb).toFixed(2)}× budget) — ${verdict(total / 1024 <= bundleBudgetKb)}`,
    ...sizes.map(({ file, gzipBytes }) => `  ${file}: ${kb(gzipBytes)} KB`)
  ]
  const loaded = chunks.filter((chunk) => files.includes(chunk.file))
  const largest = loaded.flatMap((chunk) => chunk.modules).sort((a, b) => b.gzipBytes - a.gzipBytes)
  lines.push(
    '  largest modules in those files (gzip of each alone): ' +
      largest
        .slice(0, 10)
        .map(({ name, gzipBytes }) => `${name} ${kb(gzipBytes)}`)
        .join(', ')
  )
  const notLoaded = chunks.filter((chunk) => !files.includes(chunk.file))
  if (notLoaded.length > 0)
    lines.push(
      `  built but not loaded by this view: ${notLoaded.map((c) => `${c.file} ${kb(c.gzipBytes)} KB`).join(', ')}`
    )
  return lines
}

function speedLines(timed: SidebarViewRun[], reference: SidebarViewRun[], driven: SidebarViewRun[]): string[] {
  const headline = median(timed.map((run) => run.headlineMs))
  const complete = median(timed.map((run) => run.completeMs))
  const headlineTrips = median(timed.map((run) => run.sequentialRoundTripsToHeadline))
  const completeTrips = median(timed.map((run) => run.sequentialRoundTrips))
  const headlineRatio = headline / (headlineTrips * latencyMs)
  const completeRatio = complete / (completeTrips * latencyMs)
  return [
    `First insight, ${ticketCount} tickets, ${latencyMs} ms per API request, median of ${timed.length} cold views in a chromium nothing drives while the view loads (as an agent's browser; attached to once it settles):`,
    `  app.registered → headline (the preview shown while older pages load, not the budgeted view): ${headline} ms; ${headlineTrips} round trips × ${latencyMs} ms = ${headlineTrips * latencyMs} ms; ${headlineRatio.toFixed(2)}× that floor`,
    `  app.registered → ready view (every page read, data-state ready without data-refining): ${complete} ms; floor ${completeTrips} round trips × ${latencyMs} ms = ${completeTrips * latencyMs} ms; ${completeRatio.toFixed(2)}× floor (budget ${firstInsightBudgetRatio}×) — ${verdict(completeRatio <= firstInsightBudgetRatio)}`,
    `  per run (headline/complete ms): ${timed.map((run) => `${run.headlineMs}/${run.completeMs}`).join(', ')}; requests per view: ${median(timed.map((run) => run.requests))}`,
    `  the same views without injected latency (this machine's own share, alternated with the runs above): headline ${median(reference.map((run) => run.headlineMs))} ms, complete ${median(reference.map((run) => run.completeMs))} ms`,
    `  what the latency added to the complete view: ${complete - median(reference.map((run) => run.completeMs))} ms, ${((complete - median(reference.map((run) => run.completeMs))) / (completeTrips * latencyMs)).toFixed(2)}× its floor`,
    `  where the time goes (medians): app.registered → first API request ${median(timed.map((run) => run.firstRequestMs))} ms; last answer before the headline → headline ${median(timed.map((run) => run.headlineRenderMs))} ms`,
    drivenLine(driven, completeTrips)
  ]
}

/**
 * The same views driven by Playwright, printed beside for honesty: CDP then reports every request, frame and script
 * while the view loads, on the same two cores, and that instrument's cost lands in the figure.
 */
function drivenLine(driven: SidebarViewRun[], completeTrips: number): string {
  const headline = median(driven.map((run) => run.headlineMs))
  const complete = median(driven.map((run) => run.completeMs))
  return `  the same views driven by Playwright (CDP attached to every frame while they load, alternated with the runs above): headline ${headline} ms, complete ${complete} ms, ${(complete / (completeTrips * latencyMs)).toFixed(2)}× the complete view's floor`
}

async function run(): Promise<string[]> {
  const chunks = await buildAppAndHost()
  const folder = mkdtempSync(join(tmpdir(), 'rapport-bench-'))
  writeLongHistoryDataset(folder, ticketCount)
  const host = await startDemoHost(['--data', folder])
  const browser = await launchBrowser()
  try {
    const reference = `${host.url}?ticket=${longHistoryTicketId(0)}`
    if (bundleOnly) return bundleLines((await timeSidebarView(browser, reference)).scripts, chunks)
    const url = `${reference}&faults=${encodeURIComponent(`all:latency=${latencyMs}`)}`
    // Warm-up: the server's and chromium's first run is not an agent's.
    await timeSidebarView(browser, url)
    await timeUnattachedView(host, url)
    const timed: SidebarViewRun[] = []
    const unhindered: SidebarViewRun[] = []
    const driven: SidebarViewRun[] = []
    for (let index = 0; index < runs; index += 1) {
      timed.push(await timeUnattachedView(host, url))
      unhindered.push(await timeUnattachedView(host, reference))
      driven.push(await timeSidebarView(browser, url))
    }
    return [...bundleLines(timed[0]!.scripts, chunks), ...speedLines(timed, unhindered, driven)]
  } finally {
    await browser.close()
    await host.stop()
    rmSync(folder, { recursive: true, force: true })
  }
}

const suite: BenchSuite = { name: 'sidebar view', run }
export default suite
