/**
 * The XSS corpus in chromium: the demo host serves the hostile dataset (`--data`), and every requester's open
 * ticket is shown with its sidebar, every collapsed section opened. Any payload that ran would call the
 * `__xss` binding (exposed to every frame) or open a dialog; both are counted. Each frame's DOM is then
 * searched for what an injection leaves behind: `javascript:` (or `data:`/`vbscript:`) URLs in link and source
 * attributes, inline event-handler attributes, injected script, iframe or object elements.
 * A third of the visits also put payloads into app settings (`?setting.<name>=`), which the sidebar echoes
 * back when a value is invalid and uses in the tier reason.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Frame, Page } from 'playwright-core'
import { startBrowserSession, sidebarFrame, waitForSidebar } from '../browserSession'
import { xssCorpus } from './xssCorpus'
import { hostileFor, writeXssDataset, xssCurrentTicketId, xssFieldNames } from './xssDataset'

export interface XssFigures {
  payloads: number
  fieldsPerRequester: number
  visits: number
  scriptExecutions: number
  dialogs: number
  javascriptUrls: number
  handlerAttributes: number
  injectedElements: number
  /** Distinct payload ids seen rendered as text in the sidebar: proof the payloads reached it at all. */
  payloadsShownInSidebar: number
  payloadsShownOnHostPage: number
  /** The detectors caught a payload planted on purpose (so a zero above is not a detector that cannot fire). */
  canaryCaught: boolean
  findings: string[]
}

interface FrameScan {
  javascriptUrls: string[]
  handlerAttributes: string[]
  injectedElements: string[]
  shownIds: number[]
}

/** Runs inside a frame: what an injection would have left in the DOM. Kept self-contained (it is serialised). */
function scanDocument(): FrameScan {
  const urlAttributes = new Set(['href', 'xlink:href', 'src', 'action', 'formaction', 'data', 'poster', 'background'])
  // Browsers ignore ASCII whitespace and control characters inside a scheme, so they are removed before the test.
  const scriptScheme = /^(javascript|vbscript|data):/i
  const scan: FrameScan = { javascriptUrls: [], handlerAttributes: [], injectedElements: [], shownIds: [] }
  for (const element of Array.from(document.querySelectorAll('*'))) {
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase()
      // eslint-disable-next-line no-control-regex
      const value = attribute.value.replace(/[\u0000-\u0020]/g, '')
      if (urlAttributes.has(name) && scriptScheme.test(value)) scan.javascriptUrls.push(`${element.tagName} ${name}`)
      if (name.startsWith('on')) scan.handlerAttributes.push(`${element.tagName} ${name}`)
    }
    // What a payload leaves when it is parsed as markup: its text inside a script or style, an iframe document,
    // or the payload's own code in an attribute the app would never fill with customer text.
    const tag = element.tagName.toLowerCase()
    const code = /__xss|xss-case-/
    const textAttributes = /^(title|alt|placeholder|value|aria-[a-z]+|data-[a-z-]+)$/
    const carriesCode = Array.from(element.attributes).some(
      (attribute) => !textAttributes.test(attribute.name) && code.test(attribute.value)
    )
    const codeInside = (tag === 'script' || tag === 'style') && code.test(element.textContent ?? '')
    if (carriesCode || codeInside || (tag === 'iframe' && element.hasAttribute('srcdoc'))) {
      scan.injectedElements.push(tag)
    }
  }
  for (const link of Array.from(document.links)) {
    if (link instanceof HTMLAnchorElement && link.protocol === 'javascript:') scan.javascriptUrls.push('a.href')
  }
  const text = document.body?.innerText ?? ''
  scan.shownIds = Array.from(text.matchAll(/xss-case-(\d+)/g)).map((match) => Number(match[1]))
  return scan
}

/** Opens every collapsed part of the sidebar (evidence, scorecard sections) so all of its text is rendered. */
async function expandEverything(frame: Frame) {
  for (let round = 0; round < 3; round += 1) {
    const opened = await frame.evaluate(() => {
      const collapsed = Array.from(document.querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"]'))
      collapsed.forEach((button) => button.click())
      return collapsed.length
    })
    if (opened === 0) return
    await frame.waitForTimeout(50)
  }
}

/**
 * Plants one payload as real markup inside the sidebar frame (what a dangerouslySetInnerHTML would do) and
 * checks that both the hook and the DOM scan notice it.
 */
async function plantCanary(browser: Browser, url: string): Promise<boolean> {
  const context = await browser.newContext()
  let ran = false
  await context.exposeBinding('__xss', () => {
    ran = true
  })
  try {
    const page = await context.newPage()
    await page.goto(url)
    await waitForSidebar(page, ['ready', 'error'])
    const frame = await sidebarFrame(page)
    await frame.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<img src="x" onerror="__xss(0)">'))
    await page.waitForTimeout(250)
    const scan = await frame.evaluate(scanDocument)
    return ran && scan.handlerAttributes.length > 0 && scan.injectedElements.length > 0
  } finally {
    await context.close()
  }
}

function visitUrl(base: string, index: number): string {
  const url = new URL(base)
  url.searchParams.set('ticket', String(xssCurrentTicketId(index)))
  if (index % 3 === 1) {
    url.searchParams.set('setting.highTierTags', hostileFor(index, 'organizationTag'))
    url.searchParams.set('setting.lookbackMonths', hostileFor(index, 'name'))
  } else if (index % 3 === 2) {
    url.searchParams.set('setting.highTierTags', '')
    url.searchParams.set('setting.moderateTierTags', '')
    url.searchParams.set('setting.tierFieldKey', hostileFor(index, 'organizationField'))
    url.searchParams.set('setting.maxTickets', hostileFor(index, 'email'))
  }
  return url.href
}

export async function proveNoScriptRuns(): Promise<XssFigures> {
  const folder = mkdtempSync(join(tmpdir(), 'rapport-xss-'))
  const requesters = writeXssDataset(folder)
  const session = await startBrowserSession(['--data', folder])
  const figures: XssFigures = {
    payloads: xssCorpus.length,
    fieldsPerRequester: xssFieldNames.length,
    visits: 0,
    scriptExecutions: 0,
    dialogs: 0,
    javascriptUrls: 0,
    handlerAttributes: 0,
    injectedElements: 0,
    payloadsShownInSidebar: 0,
    payloadsShownOnHostPage: 0,
    canaryCaught: false,
    findings: []
  }
  const shownInSidebar = new Set<number>()
  const shownOnHost = new Set<number>()
  try {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 1400 } })
    await context.exposeBinding('__xss', ({ frame }, id: unknown) => {
      figures.scriptExecutions += 1
      figures.findings.push(`payload ${String(id)} ran in ${frame.url()}`)
    })
    const page: Page = await context.newPage()
    page.on('dialog', (dialog) => {
      figures.dialogs += 1
      figures.findings.push(`dialog "${dialog.message()}" opened`)
      void dialog.dismiss()
    })
    for (let index = 0; index < requesters; index += 1) {
      await page.goto(visitUrl(session.host.url, index))
      const state = await waitForSidebar(page, ['ready', 'error'])
      if (state !== 'ready') figures.findings.push(`requester ${index}: the sidebar ended in "${state}"`)
      const frame = await sidebarFrame(page)
      await expandEverything(frame)
      // Event handlers such as onerror fire after the element is parsed: give them time before scanning.
      await page.waitForTimeout(250)
      figures.visits += 1
      for (const [where, target] of [
        ['sidebar', frame],
        ['host page', page.mainFrame()]
      ] as const) {
        const scan = await target.evaluate(scanDocument)
        figures.javascriptUrls += scan.javascriptUrls.length
        figures.handlerAttributes += scan.handlerAttributes.length
        figures.injectedElements += scan.injectedElements.length
        const found = [...scan.javascriptUrls, ...scan.handlerAttributes, ...scan.injectedElements]
        if (found.length > 0) figures.findings.push(`requester ${index}, ${where}: ${found.join(', ')}`)
        for (const id of scan.shownIds) (where === 'sidebar' ? shownInSidebar : shownOnHost).add(id)
      }
    }
    await context.close()
    figures.canaryCaught = await plantCanary(session.browser, session.host.url)
  } finally {
    await session.close()
    rmSync(folder, { recursive: true, force: true })
  }
  figures.payloadsShownInSidebar = shownInSidebar.size
  figures.payloadsShownOnHostPage = shownOnHost.size
  return figures
}

/** Why the XSS proof failed, or null: any execution or residue fails it, and so does a corpus that never showed. */
export function xssFailure(figures: XssFigures): string | null {
  const residue = figures.scriptExecutions + figures.dialogs + figures.javascriptUrls
  const injected = figures.handlerAttributes + figures.injectedElements
  if (!figures.canaryCaught) return 'the detectors missed a payload planted on purpose'
  if (residue + injected > 0) return figures.findings.slice(0, 10).join('; ')
  if (figures.payloadsShownInSidebar < figures.payloads) {
    return `only ${figures.payloadsShownInSidebar} of ${figures.payloads} payloads were seen as text in the sidebar`
  }
  return null
}
