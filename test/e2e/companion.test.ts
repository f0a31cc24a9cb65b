/**
 * The whole companion path in chromium: sidebar → ZAF `client.request` with `jwt` → the demo host doing Zendesk's
 * proxy work (secure setting, HS256 token) → the companion → the fake Zendesk API. And the sidebar without it:
 * its own analysis stays, with one line for the admin.
 */
import { createServer, type Server, type Socket } from 'node:net'
import { afterAll, describe, expect, it } from 'vitest'
import { sidebar, useDemoWorkspace, waitForSidebarState, withWorkspace } from './browser'

const workspace = useDemoWorkspace(() => ['--companion'])
const leadBuyerTicket = 3109

/** A port that accepts connections and never answers: a companion that hangs. */
const sockets: Socket[] = []
const silent: Server = createServer((socket) => sockets.push(socket))
const silentPort = new Promise<number>((done) =>
  silent.listen(0, '127.0.0.1', () => done((silent.address() as { port: number }).port))
)
afterAll(() => {
  for (const socket of sockets) socket.destroy()
  silent.close()
})

describe('the sidebar with the companion', () => {
  it('shows the whole history, the organization and the next-topic hint, marked as the companion’s', async () => {
    await withWorkspace(
      workspace.browser,
      `${workspace.host.url}?ticket=${leadBuyerTicket}`,
      async ({ page, pageErrors }) => {
        await waitForSidebarState(page, 'ready')
        const frame = sidebar(page)
        const whole = frame.getByTestId('companion-whole-history')
        await whole.waitFor({ timeout: 20_000 })
        await expect(whole.textContent()).resolves.toContain('from the companion')
        await expect(frame.getByTestId('companion-coverage').textContent()).resolves.toBe('Whole history, 6 messages')
        const organization = await frame.getByTestId('companion-organization').textContent()
        expect(organization).toContain('Northwind Outfitters')
        expect(organization).toContain('4 requesters · 16 tickets · 1 open')
        await expect(frame.getByTestId('companion-at-risk').textContent()).resolves.toContain('Ines Duarte')
        const hint = await frame.getByTestId('companion-next-topic').textContent()
        expect(hint).toContain('ask about sizing often come back about care instructions within 30 days')
        expect(await frame.getByTestId('companion-notice').count()).toBe(0)
        // The sidebar's own analysis is still there beside it: its headline.
        await frame.getByTestId('headline').waitFor()
        // The path went through the companion to the fake API: its requests are in the host's log.
        expect(workspace.host.output.some((line) => line.includes('/api/v2/organizations/3600001101/users.json'))).toBe(
          true
        )
        expect(
          workspace.host.output.some((line) =>
            line.includes('"route":"/v1/requester-health","method":"POST","status":200')
          )
        ).toBe(true)
        expect(pageErrors).toEqual([])
      }
    )
  })

  it('keeps working when the companion is down, with one line for the admin', async () => {
    const url = `${workspace.host.url}?ticket=${leadBuyerTicket}&setting.companionUrl=${encodeURIComponent('http://127.0.0.1:9')}`
    await withWorkspace(workspace.browser, url, async ({ page }) => {
      await waitForSidebarState(page, 'ready')
      const notice = sidebar(page).getByTestId('companion-notice')
      await notice.waitFor({ timeout: 20_000 })
      await expect(notice.textContent()).resolves.toContain('cannot be reached')
      expect(await sidebar(page).getByTestId('companion-notice').count()).toBe(1)
      await sidebar(page).getByTestId('headline').waitFor()
      expect(await sidebar(page).getByTestId('companion-whole-history').count()).toBe(0)
    })
  })

  it('gives up on a companion that does not answer within its timeout', async () => {
    const companionUrl = encodeURIComponent(`http://127.0.0.1:${await silentPort}`)
    const url = `${workspace.host.url}?ticket=${leadBuyerTicket}&setting.companionUrl=${companionUrl}&setting.companionTimeoutMs=800`
    await withWorkspace(workspace.browser, url, async ({ page }) => {
      await waitForSidebarState(page, 'ready')
      const notice = sidebar(page).getByTestId('companion-notice')
      await notice.waitFor({ timeout: 20_000 })
      await expect(notice.textContent()).resolves.toContain('did not answer in time')
      await sidebar(page).getByTestId('headline').waitFor()
    })
  })
})
