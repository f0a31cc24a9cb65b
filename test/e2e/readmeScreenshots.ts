/**
 * Writes the README's screenshots from the demo host (after `npm run build && npm run build:host`):
 *   npx tsx test/e2e/readmeScreenshots.ts
 * assets/screenshot-0.png: the workspace with the sidebar, light, English (also the marketplace screenshot);
 * assets/screenshot-1.png: the sidebar alone, dark, Spanish, with the tone and recent tickets open.
 */
import { resolve } from 'node:path'
import { demoStories } from '../../src/host/seed/stories'
import { launchBrowser, sidebar } from './browser'
import { startDemoHost } from './demoHost'

const assets = resolve(import.meta.dirname, '../../assets')
const loyalist = demoStories.find((story) => story.id === 'frustrated-loyalist')
if (!loyalist) throw new Error('no frustrated-loyalist story')

const host = await startDemoHost()
const browser = await launchBrowser()
try {
  const light = await browser.newPage({ viewport: { width: 1100, height: 640 } })
  await light.goto(`${host.url}?ticket=${loyalist.currentTicketId}`)
  await sidebar(light).locator('[data-testid="rapport-sidebar"][data-state="ready"]').waitFor()
  await light.waitForTimeout(300)
  await light.screenshot({ path: resolve(assets, 'screenshot-0.png') })

  const dark = await browser.newPage({ viewport: { width: 1100, height: 1200 } })
  await dark.goto(`${host.url}?ticket=${loyalist.currentTicketId}&locale=es&colorScheme=dark`)
  await sidebar(dark).locator('[data-testid="rapport-sidebar"][data-state="ready"]').waitFor()
  for (const name of ['Tono', 'Tickets recientes']) await sidebar(dark).getByRole('button', { name }).click()
  await dark.waitForTimeout(500)
  await dark.locator('iframe.sidebar-app').screenshot({ path: resolve(assets, 'screenshot-1.png') })
} finally {
  await browser.close()
  await host.stop()
}
