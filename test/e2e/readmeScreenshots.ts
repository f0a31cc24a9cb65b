/**
 * Writes the README's screenshots from the demo host (after `npm run build && npm run build:host`):
 *   npx tsx test/e2e/readmeScreenshots.ts
 * both 1024×768, the size the Marketplace takes (`npm run validate` checks it):
 * assets/screenshot-0.png: the workspace with the sidebar, light, English;
 * assets/screenshot-1.png: the same ticket in dark mode and Spanish, with the tone open.
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
  const viewport = { width: 1024, height: 768 }
  const light = await browser.newPage({ viewport })
  await light.goto(`${host.url}?ticket=${loyalist.currentTicketId}`)
  await sidebar(light).locator('[data-testid="rapport-sidebar"][data-state="ready"]').waitFor()
  await light.waitForTimeout(300)
  await light.screenshot({ path: resolve(assets, 'screenshot-0.png') })

  const dark = await browser.newPage({ viewport })
  await dark.goto(`${host.url}?ticket=${loyalist.currentTicketId}&locale=es&colorScheme=dark`)
  await sidebar(dark).locator('[data-testid="rapport-sidebar"][data-state="ready"]').waitFor()
  await sidebar(dark).getByRole('button', { name: 'Tono' }).click()
  await dark.waitForTimeout(500)
  await dark.evaluate(() => window.scrollTo(0, 0))
  await dark.screenshot({ path: resolve(assets, 'screenshot-1.png') })
} finally {
  await browser.close()
  await host.stop()
}
