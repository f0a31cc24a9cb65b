import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoStories } from '../../src/host/seed/stories'
import { launchBrowser, openWorkspace, sidebar, waitForSidebarState } from './browser'
import { startDemoHost, type RunningHost } from './demoHost'

let host: RunningHost
let browser: Browser
const storyById = (id: string) => {
  const story = demoStories.find((candidate) => candidate.id === id)
  if (!story) throw new Error(`no demo story ${id}`)
  return story
}
const loyalist = storyById('frustrated-loyalist')
const advocate = storyById('delighted-advocate')

beforeAll(async () => {
  host = await startDemoHost()
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await host?.stop()
})

const requestUrls = (page: Page) =>
  page.evaluate(() => window.rapportHost?.requests.map((request) => String(request.url)) ?? [])

async function requesterIdByName(page: Page, name: string | null): Promise<number> {
  const id = await page.evaluate(async (wanted) => {
    const response = await fetch('/host/workspace.json')
    const workspace = (await response.json()) as { requesters: Array<{ id: number; name: string }> }
    return workspace.requesters.find((requester) => requester.name === wanted)?.id ?? null
  }, name)
  if (typeof id !== 'number') throw new Error(`the workspace lists no requester named ${name}`)
  return id
}

async function openTicket(page: Page, ticketId: number) {
  await page.evaluate((id) => window.rapportHost?.openTicket(id), ticketId)
  await waitForSidebarState(page, 'ready')
}

describe('the sidebar in the agent workspace', () => {
  it('switches stories without reloading the page and never shows the previous requester', async () => {
    const { page, close } = await openWorkspace(browser, `${host.url}?ticket=${loyalist.currentTicketId}`)
    try {
      await waitForSidebarState(page, 'ready')
      await page.evaluate(() => Object.assign(window, { notReloaded: true }))
      await openTicket(page, advocate.currentTicketId)
      await expect(sidebar(page).getByTestId('requester-name').textContent()).resolves.toBe(advocate.requesterName)
      expect(await page.evaluate(() => (window as { notReloaded?: boolean }).notReloaded)).toBe(true)
      expect(page.url()).toContain(`ticket=${advocate.currentTicketId}`)
    } finally {
      await close()
    }
  })

  it('re-reads a requester already loaded in this sidebar from the cache, with no request to Zendesk', async () => {
    const { page, close } = await openWorkspace(browser, `${host.url}?ticket=${loyalist.currentTicketId}`)
    try {
      await waitForSidebarState(page, 'ready')
      const loyalistId = await requesterIdByName(page, loyalist.requesterName)
      const advocateId = await requesterIdByName(page, advocate.requesterName)
      await page.evaluate((id) => window.rapportHost?.changeRequester(id), advocateId)
      await sidebar(page).getByTestId('requester-name').filter({ hasText: advocate.requesterName ?? '' }).waitFor()
      const before = (await requestUrls(page)).length
      await page.evaluate((id) => window.rapportHost?.changeRequester(id), loyalistId)
      await sidebar(page).getByTestId('requester-name').filter({ hasText: loyalist.requesterName ?? '' }).waitFor()
      await waitForSidebarState(page, 'ready')
      expect((await requestUrls(page)).slice(before)).toEqual([])
    } finally {
      await close()
    }
  })

  it('follows a change of requester on the open ticket', async () => {
    const { page, close } = await openWorkspace(browser, `${host.url}?ticket=${loyalist.currentTicketId}`)
    try {
      await waitForSidebarState(page, 'ready')
      const advocateId = await requesterIdByName(page, advocate.requesterName)
      await page.evaluate((id) => window.rapportHost?.changeRequester(id), advocateId)
      await sidebar(page).getByTestId('requester-name').filter({ hasText: advocate.requesterName ?? '' }).waitFor()
    } finally {
      await close()
    }
  })

  it('sizes the iframe to the sidebar content', async () => {
    const { page, close } = await openWorkspace(browser, `${host.url}?ticket=${loyalist.currentTicketId}`)
    try {
      await waitForSidebarState(page, 'ready')
      const contentHeight = await sidebar(page)
        .getByTestId('rapport-sidebar')
        .evaluate((element) => Math.ceil(element.getBoundingClientRect().height))
      await page.waitForFunction(
        (height) => window.rapportHost?.current()?.iframeHeight === `${height}px`,
        contentHeight,
        { timeout: 5_000 }
      )
    } finally {
      await close()
    }
  })

  it('lets the agent open the evidence behind a prompt and dismiss it', async () => {
    const { page, close } = await openWorkspace(browser, `${host.url}?ticket=${loyalist.currentTicketId}`)
    try {
      await waitForSidebarState(page, 'ready')
      const prompts = sidebar(page).getByTestId('empathy-prompt')
      const count = await prompts.count()
      await prompts.first().getByRole('button', { name: 'Why?' }).click()
      expect(await prompts.first().getByRole('listitem').count()).toBeGreaterThan(0)
      await prompts.first().getByRole('button', { name: 'Dismiss' }).click()
      await expect.poll(() => prompts.count()).toBe(count - 1)
    } finally {
      await close()
    }
  })

  it('logs every fake-API request on stdout as METHOD path status', () => {
    const logged = host.output.filter((line) => /^GET \/api\/v2\/\S+ \d{3}$/.test(line))
    expect(logged.some((line) => line.includes('/tickets/requested.json?'))).toBe(true)
  })
})
