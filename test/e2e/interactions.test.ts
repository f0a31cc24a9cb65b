import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { DemoStory } from '../../src/host/hostPayloads'
import { demoStories } from '../../src/host/seed/stories'
import { clickUntil, openAllSections, sidebar, useDemoWorkspace, waitForSidebarState, withWorkspace } from './browser'

const workspace = useDemoWorkspace()
const storyById = (id: string) => {
  const story = demoStories.find((candidate) => candidate.id === id)
  if (!story) throw new Error(`no demo story ${id}`)
  return story
}
const loyalist = storyById('frustrated-loyalist')
const advocate = storyById('delighted-advocate')

const requestUrls = (page: Page) =>
  page.evaluate(() => window.rapportHost?.requests.map((request) => String(request.url)) ?? [])

/** Opens the frustrated loyalist's ticket and hands over the page once the sidebar shows her. */
function onLoyalistTicket(use: (page: Page) => Promise<void>) {
  return withWorkspace(
    workspace.browser,
    `${workspace.host.url}?ticket=${loyalist.currentTicketId}`,
    async ({ page }) => {
      await waitForSidebarState(page, 'ready')
      await use(page)
    }
  )
}

async function requesterIdByName(page: Page, name: string | null): Promise<number> {
  const id = await page.evaluate(async (wanted) => {
    const response = await fetch('/host/workspace.json')
    const workspace = (await response.json()) as { requesters: Array<{ id: number; name: string }> }
    return workspace.requesters.find((requester) => requester.name === wanted)?.id ?? null
  }, name)
  if (typeof id !== 'number') throw new Error(`the workspace lists no requester named ${name}`)
  return id
}

/** Changes the open ticket's requester (ZAF fires ticket.requester.id.changed) and waits for the sidebar to follow. */
async function changeRequesterTo(page: Page, story: DemoStory) {
  const id = await requesterIdByName(page, story.requesterName)
  await page.evaluate((userId) => window.rapportHost?.changeRequester(userId), id)
  await sidebar(page)
    .getByTestId('requester-name')
    .filter({ hasText: story.requesterName ?? '' })
    .waitFor()
  await waitForSidebarState(page, 'ready')
}

describe('the sidebar in the agent workspace', () => {
  it('switches stories without reloading the page and never shows the previous requester', async () => {
    await onLoyalistTicket(async (page) => {
      await page.evaluate(() => Object.assign(window, { notReloaded: true }))
      await page.evaluate((id) => window.rapportHost?.openTicket(id), advocate.currentTicketId)
      await waitForSidebarState(page, 'ready')
      await expect(sidebar(page).getByTestId('requester-name').textContent()).resolves.toBe(advocate.requesterName)
      expect(await page.evaluate(() => (window as { notReloaded?: boolean }).notReloaded)).toBe(true)
      expect(page.url()).toContain(`ticket=${advocate.currentTicketId}`)
    })
  })

  it('follows a change of requester, and reads one it already loaded from the cache with no request', async () => {
    await onLoyalistTicket(async (page) => {
      await changeRequesterTo(page, advocate)
      const before = (await requestUrls(page)).length
      await changeRequesterTo(page, loyalist)
      expect((await requestUrls(page)).slice(before)).toEqual([])
    })
  })

  it('sizes the iframe to the sidebar content', async () => {
    await onLoyalistTicket(async (page) => {
      const contentHeight = await sidebar(page)
        .getByTestId('rapport-sidebar')
        .evaluate((element) => Math.ceil(element.getBoundingClientRect().height))
      await page.waitForFunction(
        (height) => window.rapportHost?.current()?.iframeHeight === `${height}px`,
        contentHeight,
        { timeout: 5_000 }
      )
    })
  })

  it('lets the agent open the evidence behind the top prompt and dismiss it', async () => {
    await onLoyalistTicket(async (page) => {
      // The other prompts wait in a closed section, built once it is opened.
      await openAllSections(page)
      const prompts = sidebar(page).getByTestId('empathy-prompt')
      const top = sidebar(page).getByTestId('headline').getByTestId('empathy-prompt')
      const count = await prompts.count()
      await clickUntil(
        top.getByRole('button', { name: /^Why\? — / }),
        async () => (await top.getByTestId('why-detail').count()) === 1
      )
      await clickUntil(
        top.getByRole('button', { name: /^Dismiss — / }),
        async () => (await prompts.count()) === count - 1
      )
    })
  })

  it('logs every fake-API request on stdout as METHOD path status', () => {
    const logged = workspace.host.output.filter((line) => /^GET \/api\/v2\/\S+ \d{3}$/.test(line))
    expect(logged.some((line) => line.includes('/tickets/requested.json?'))).toBe(true)
  })
})
