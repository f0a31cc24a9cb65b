import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { demoStories } from '../../src/host/seed/stories'
import { sidebar, useDemoWorkspace, waitForSidebarState, withWorkspace } from './browser'

/**
 * A team lead tries settings on the demo host before installing: the panel re-registers the app with what was
 * typed, says what is wrong with an invalid value, and the page URL carries the settings to share.
 */
const workspace = useDemoWorkspace()
const loyalist = demoStories.find((story) => story.id === 'frustrated-loyalist')!

const instanceGuid = (page: Page) => page.evaluate(() => window.rapportHost?.current()?.instanceGuid ?? null)
const commentRequests = (page: Page, guid: string | null) =>
  page.evaluate(
    (id) =>
      window.rapportHost?.requests.filter((request) => request.instanceGuid === id && request.url.includes('/comments'))
        .length ?? 0,
    guid
  )

describe('the admin preview of the app settings', () => {
  it('re-registers the app with the typed values, explains an invalid one, and links them into the URL', async () => {
    await withWorkspace(
      workspace.browser,
      `${workspace.host.url}?ticket=${loyalist.currentTicketId}`,
      async ({ page }) => {
        await waitForSidebarState(page, 'ready')
        const before = await instanceGuid(page)
        await page.locator('#settings-panel summary').click()
        await expect(page.getByLabel('History lookback (months)').inputValue()).resolves.toBe('24')

        await page.getByLabel('History lookback (months)').fill('two years')
        // Checked as typed, worded as the sidebar words it, before anything is applied.
        await expect(page.locator('#setting-lookbackMonths-problem').textContent()).resolves.toBe(
          'History lookback (months): “two years” is not a number.'
        )
        await expect(page.getByLabel('History lookback (months)').getAttribute('aria-invalid')).resolves.toBe('true')
        await page.getByLabel('Recent tickets read in full').fill('0')
        await page.getByRole('button', { name: 'Apply settings' }).click()

        await page.waitForFunction((old) => window.rapportHost?.current()?.instanceGuid !== old, before)
        await waitForSidebarState(page, 'ready')
        const after = await instanceGuid(page)
        // The new registration carries the values: the invalid one is reported in the sidebar, the valid one obeyed.
        await expect(sidebar(page).getByTestId('settings-problems').textContent()).resolves.toContain(
          'History lookback (months)'
        )
        expect(await commentRequests(page, after)).toBe(1)

        const url = new URL(page.url())
        expect(url.searchParams.get('setting.lookbackMonths')).toBe('two years')
        expect(url.searchParams.get('setting.recentTicketsWithComments')).toBe('0')
        expect(url.searchParams.get('setting.maxTickets'), 'defaults stay out of the link').toBeNull()
        expect(url.searchParams.get('ticket')).toBe(String(loyalist.currentTicketId))
        await expect(page.locator('#settings-link').getAttribute('href')).resolves.toBe(page.url())

        // The shared link opens with the same settings, in the panel and in the app.
        const shared = await page.context().newPage()
        await shared.goto(page.url())
        await waitForSidebarState(shared, 'ready')
        await expect(shared.getByLabel('History lookback (months)').inputValue()).resolves.toBe('two years')
        await expect(sidebar(shared).getByTestId('settings-problems').textContent()).resolves.toContain(
          'History lookback (months)'
        )

        // Reset brings back the defaults, valid, and clears the URL.
        await page.getByRole('button', { name: 'Reset to defaults' }).click()
        await expect(page.locator('#settings-status').textContent()).resolves.toBe('All values are valid.')
        await page.waitForFunction(() => !window.location.search.includes('setting.'))
        await waitForSidebarState(page, 'ready')
        await expect(sidebar(page).getByTestId('settings-problems').count()).resolves.toBe(0)
      }
    )
  })
})
