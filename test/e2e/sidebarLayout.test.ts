import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import type { Frame, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { demoStories } from '../../src/host/seed/stories'
import {
  clickUntil,
  openAllSections,
  screenshotDir,
  sidebar,
  useDemoWorkspace,
  waitForSidebarState,
  withWorkspace
} from './browser'

/**
 * Sidebar v2 in a real browser, per story: the headline in the first 360 px, the whole sidebar within 600 px
 * with its defaults, no sentence shown twice, no tone score in sight, a past ticket that opens, a dismissal and
 * its undo, dark mode, and axe-core's verdict — in light and dark, English and Spanish, with a screenshot each.
 */
const workspace = useDemoWorkspace()
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

const headlineBudgetPx = 360
const sidebarBudgetPx = 600
const locales = ['en', 'es'] as const
const schemes = ['light', 'dark'] as const

function appFrame(page: Page): Frame {
  const frame = page.frames().find((candidate) => candidate.url().includes('/app/assets/iframe.html'))
  if (!frame) throw new Error('the sidebar iframe is not on the page')
  return frame
}

async function settled(page: Page) {
  const root = sidebar(page).locator('[data-testid="rapport-sidebar"]')
  await root.locator('xpath=self::*[@data-state="ready" or @data-state="notice"]').waitFor({ timeout: 20_000 })
  // Resizes and fonts settle after the first frame.
  await page.waitForTimeout(150)
  return root.getAttribute('data-state')
}

/** Lines of visible text that read as sentences (four words or more), as the agent sees them. */
async function visibleSentences(page: Page): Promise<string[]> {
  const text = await sidebar(page).locator('body').innerText()
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.split(/\s+/).length >= 4)
}

/**
 * Every button's accessible name (aria-label, else its text): each must say which thing it acts on. Links to
 * the same ticket (a hint and the recent list) do the same thing, so they count once.
 */
async function buttonNames(page: Page): Promise<string[]> {
  const names = await sidebar(page)
    .locator('button')
    .evaluateAll((buttons) =>
      buttons
        .filter((button) => button.closest('[inert]') === null)
        .map((button) => ({
          name: (button.getAttribute('aria-label') ?? button.textContent ?? '').trim(),
          ticket: button.getAttribute('data-ticket-id')
        }))
    )
  const seenTickets = new Set<string>()
  return names
    .filter(({ ticket }) => ticket === null || (!seenTickets.has(ticket) && Boolean(seenTickets.add(ticket))))
    .map(({ name }) => name)
}

const repeated = (lines: string[]) => lines.filter((line, index) => lines.indexOf(line) !== index)

/** axe-core's serious and critical violations in the sidebar document. */
async function seriousViolations(page: Page): Promise<string[]> {
  const frame = appFrame(page)
  await frame.addScriptTag({ content: axeSource })
  const violations = await frame.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (context: Document) => Promise<{
            violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown[] }> }>
          }>
        }
      }
    ).axe
    const result = await axe.run(document)
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`)
  })
  return violations
}

describe('the sidebar layout, per story, locale and colour scheme', () => {
  for (const story of demoStories) {
    for (const locale of locales) {
      for (const scheme of schemes) {
        it(`${story.id} (${locale}, ${scheme}): headline first, within budget, each sentence once, accessible`, async () => {
          const url = `${workspace.host.url}?ticket=${story.currentTicketId}&locale=${locale}&colorScheme=${scheme}`
          await withWorkspace(workspace.browser, url, async ({ page, pageErrors }) => {
            const state = await settled(page)
            const app = sidebar(page)
            const root = app.getByTestId('rapport-sidebar')
            const box = await root.evaluate((element) => element.getBoundingClientRect().toJSON() as DOMRect)
            expect(box.width).toBeLessThanOrEqual(320)
            expect(box.height).toBeLessThanOrEqual(sidebarBudgetPx)
            await expect(app.locator('html').getAttribute('data-color-scheme')).resolves.toBe(scheme)

            if (state === 'ready') {
              const headline = await app
                .getByTestId('headline')
                .evaluate((element) => element.getBoundingClientRect().bottom)
              expect(headline - box.top).toBeLessThanOrEqual(headlineBudgetPx)
              await expect(app.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(story.requesterName)
            }
            const sentences = await visibleSentences(page)
            expect(repeated(sentences)).toEqual([])
            // Tone scores stay inside "why" details: none in the default view.
            expect(sentences.filter((line) => /[-+−]?\d[.,]\d\d/.test(line))).toEqual([])
            expect(await seriousViolations(page)).toEqual([])
            await page
              .locator('iframe.sidebar-app')
              .screenshot({ path: resolve(screenshotDir, `${story.id}-${locale}-${scheme}.png`) })

            if (state === 'ready') {
              await openAllSections(page)
              expect(repeated(await visibleSentences(page))).toEqual([])
              expect(repeated(await buttonNames(page))).toEqual([])
              const sparkline = app.getByTestId('tone-sparkline')
              if ((await sparkline.count()) > 0) {
                // Its text alternative carries the values it draws.
                await expect(sparkline.getAttribute('aria-label')).resolves.toMatch(/\d[.,]\d\d\).*\d[.,]\d\d\)/)
              }
              expect(await seriousViolations(page)).toEqual([])
            }
            expect(pageErrors).toEqual([])
          })
        })
      }
    }
  }
})

const insightStories = demoStories.filter(
  (story) => story.expectedState === 'insight' || story.expectedState === 'firstTime'
)

describe('what an agent does in the sidebar, per story', () => {
  for (const story of insightStories) {
    it(`${story.id}: dismisses the top prompt with focus moved on, and brings it back`, async () => {
      await withWorkspace(
        workspace.browser,
        `${workspace.host.url}?ticket=${story.currentTicketId}`,
        async ({ page }) => {
          await waitForSidebarState(page, 'ready')
          const app = sidebar(page)
          const top = app.getByTestId('headline').getByTestId('empathy-prompt')
          const promptId = await top.getAttribute('data-prompt-id')
          await top.getByRole('button', { name: /^Dismiss — / }).click()
          await expect
            .poll(() => app.locator(`[data-testid="empathy-prompt"][data-prompt-id="${promptId}"]`).count())
            .toBe(0)
          // Focus moves after the render that removed the prompt (an effect), which a loaded machine can delay.
          const focusedElement = () =>
            appFrame(page).evaluate(() => ({
              testId: document.activeElement?.getAttribute('data-testid') ?? null,
              text: document.activeElement?.textContent ?? '',
              isBody: document.activeElement === document.body
            }))
          await expect.poll(async () => (await focusedElement()).isBody).toBe(false)
          const focused = await focusedElement()
          expect(focused.testId === 'empathy-prompt' || /dismissed/i.test(focused.text)).toBe(true)
          const showDismissed = app.getByTestId('dismissed-prompts').getByRole('button').first()
          await clickUntil(showDismissed, async () => (await showDismissed.getAttribute('aria-expanded')) === 'true')
          const restoreButton = app.getByRole('button', { name: /^Restore — / })
          await clickUntil(
            restoreButton,
            async () => (await top.count()) > 0 && (await top.getAttribute('data-prompt-id')) === promptId
          )
        }
      )
    })

    if (story.expectedState === 'insight') {
      it(`${story.id}: opens a past ticket from the recent tickets, on the demo host`, async () => {
        await withWorkspace(
          workspace.browser,
          `${workspace.host.url}?ticket=${story.currentTicketId}`,
          async ({ page }) => {
            await waitForSidebarState(page, 'ready')
            const app = sidebar(page)
            const section = app.getByRole('button', { name: /^(Recent tickets|Tickets recientes)$/ })
            await clickUntil(section, async () => (await section.getAttribute('aria-expanded')) === 'true')
            const first = app.getByTestId('recent-ticket').first()
            const ticketId = Number(await first.getAttribute('data-ticket-id'))
            expect(ticketId).not.toBe(story.currentTicketId)
            await clickUntil(first.getByTestId('ticket-link'), () =>
              page.evaluate((id) => window.rapportHost?.current()?.ticketId === id, ticketId)
            )
            expect(page.url()).toContain(`ticket=${ticketId}`)
            await waitForSidebarState(page, 'ready')
            await expect(sidebar(page).getByTestId('requester-name').textContent()).resolves.toBe(story.requesterName)
          }
        )
      })
    }
  }

  it('follows the dark-mode switch of the workspace while open', async () => {
    const story = insightStories[0]!
    await withWorkspace(
      workspace.browser,
      `${workspace.host.url}?ticket=${story.currentTicketId}`,
      async ({ page }) => {
        await waitForSidebarState(page, 'ready')
        const scheme = () => sidebar(page).locator('html').getAttribute('data-color-scheme')
        await expect(scheme()).resolves.toBe('light')
        await page.getByLabel('Dark mode').check()
        await expect.poll(scheme).toBe('dark')
        expect(page.url()).toContain('colorScheme=dark')
        await page.getByLabel('Dark mode').uncheck()
        await expect.poll(scheme).toBe('light')
      }
    )
  })

  it('tags the ticket when a pattern fires only once an admin turns tagging on', async () => {
    const loyalist = demoStories.find((story) => story.id === 'frustrated-loyalist')!
    const tagCalls = (page: Page) =>
      page.evaluate(() =>
        (window.rapportHost?.messages ?? [])
          .map((message) => (message.data as { params?: Record<string, unknown> }).params ?? {})
          .filter((params) => 'ticket.tags.add' in params)
          .map((params) => params['ticket.tags.add'])
      )
    await withWorkspace(
      workspace.browser,
      `${workspace.host.url}?ticket=${loyalist.currentTicketId}`,
      async ({ page }) => {
        await waitForSidebarState(page, 'ready')
        expect(await tagCalls(page)).toEqual([])
      }
    )
    const tagging = `${workspace.host.url}?ticket=${loyalist.currentTicketId}&setting.tagTickets=true`
    await withWorkspace(workspace.browser, tagging, async ({ page }) => {
      await waitForSidebarState(page, 'ready')
      await expect.poll(() => tagCalls(page)).toEqual([[expect.arrayContaining(['rapport_frustrated'])]])
    })
  })
})
