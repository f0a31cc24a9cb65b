/**
 * Fault injection end to end: every fault kind (a 429 storm that outlasts the retries, persistent 500s, requests
 * that never answer, cut-off JSON) on every endpoint the fake API serves, and on all of them at once, through
 * the host's `?faults=` spec, in chromium on Playwright's fake clock (a 15-second timeout costs no real time).
 * Faults here never stop on their own, so no request to a faulted endpoint can have succeeded; two promises:
 * - honest: the sidebar ends in an error, or, when it shows insight although a faulted request was made, it
 *   says the history is partial — nothing partial is shown as complete;
 * - recovers: once the faults are lifted, "Try again" (after an error) or the next ticket update (after a
 *   partial history) brings the complete insight back, without reloading the page.
 */
import type { Page } from 'playwright-core'
import { demoStories } from '../../../src/host/seed/stories'
import { startBrowserSession, sidebarFrame, waitForSidebar, type SidebarStateName } from '../browserSession'

const faults: Array<[string, string]> = [
  ['429 storm', '429=1'],
  ['500s', '500'],
  ['timeout', 'timeout'],
  ['malformed JSON', 'malformed']
]

/** The requests each fault target matches (paths of the fake API, see src/host/README.md). */
const targets: Array<[string, RegExp]> = [
  ['tickets', /\/users\/\d+\/tickets\/requested/],
  ['ticket', /\/tickets\/\d+(\.json)?(\?|$)/],
  ['comments', /\/tickets\/\d+\/comments/],
  ['user', /\/users\/(\d+|me)(\.json)?(\?|$)/],
  ['organization', /\/organizations\/\d+/],
  ['all', /\/api\/v2\//]
]

/** Clock steps for the fake clock: 1 s at a time, up to ten minutes of Zendesk time per case. */
const clock = { advanceMs: 1_000, attempts: 600 }

export interface FaultCase {
  fault: string
  target: string
  failedRequests: number
  /** What the agent saw: `error (<kind>)`, `partial insight` or `complete insight`. */
  shown: string
  honest: boolean
  recovered: boolean
}

export interface FaultFigures {
  cases: FaultCase[]
}

interface Shown {
  state: SidebarStateName
  partial: boolean
  errorKind: string | null
}

async function readShown(page: Page, states: SidebarStateName[]): Promise<Shown> {
  const state = await waitForSidebar(page, states, clock)
  const frame = await sidebarFrame(page)
  return {
    state,
    partial: (await frame.getByTestId('history-partial').count()) > 0,
    errorKind: await frame
      .getByTestId('state-error')
      .getAttribute('data-error-kind', { timeout: 1_000 })
      .catch(() => null)
  }
}

const describe = ({ state, partial, errorKind }: Shown) =>
  state === 'error' ? `error (${errorKind ?? '?'})` : partial ? 'partial insight' : 'complete insight'

async function runCase(page: Page, target: string, pattern: RegExp): Promise<Omit<FaultCase, 'fault' | 'target'>> {
  const shown = await readShown(page, ['ready', 'error'])
  const requests = await page.evaluate(() => (window.rapportHost?.requests ?? []).map((request) => request.url))
  const failedRequests = requests.filter((url) => pattern.test(url)).length
  const honest =
    failedRequests === 0 ? shown.state === 'ready' && !shown.partial : shown.state === 'error' || shown.partial

  await page.evaluate(async () => {
    await window.rapportHost?.setFaults('')
  })
  if (shown.state === 'error') await (await sidebarFrame(page)).getByRole('button', { name: 'Try again' }).click()
  else if (shown.partial) await page.evaluate(() => window.rapportHost?.fire('ticket.updated'))
  const after = await readShown(page, ['ready', 'error'])
  void target
  return { failedRequests, shown: describe(shown), honest, recovered: after.state === 'ready' && !after.partial }
}

export async function proveFaultRecovery(): Promise<FaultFigures> {
  const story = demoStories.find((candidate) => candidate.id === 'frustrated-loyalist') ?? demoStories[0]
  if (!story) throw new Error('the demo host has no stories')
  const session = await startBrowserSession()
  const cases: FaultCase[] = []
  try {
    for (const [fault, spec] of faults) {
      for (const [target, pattern] of targets) {
        const context = await session.browser.newContext({ viewport: { width: 1280, height: 1400 } })
        try {
          const page = await context.newPage()
          await page.clock.install()
          const url = new URL(session.host.url)
          url.searchParams.set('ticket', String(story.currentTicketId))
          url.searchParams.set('faults', `${target}:${spec}`)
          await page.goto(url.href)
          cases.push({ fault, target, ...(await runCase(page, target, pattern)) })
        } catch (error) {
          cases.push({
            fault,
            target,
            failedRequests: -1,
            shown: String(error).slice(0, 80),
            honest: false,
            recovered: false
          })
        } finally {
          await context.close()
        }
      }
    }
  } finally {
    await session.close()
  }
  return { cases }
}

export function faultFailure({ cases }: FaultFigures): string | null {
  const broken = cases.filter((row) => !row.honest || !row.recovered)
  if (broken.length === 0) return null
  return broken.map((row) => `${row.target}:${row.fault} showed ${row.shown}, recovered ${row.recovered}`).join('; ')
}
