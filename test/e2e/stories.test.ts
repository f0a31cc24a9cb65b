import { describe, expect, it } from 'vitest'
import { demoStories } from '../../src/host/seed/stories'
import {
  openAllSections,
  saveScreenshots,
  sidebar,
  useDemoWorkspace,
  waitForSidebarState,
  withWorkspace
} from './browser'

const workspace = useDemoWorkspace()

describe('every demo story in a real browser, through the real ZAF SDK', () => {
  it('has the six stories the demo promises, plus the error states', () => {
    const states = demoStories.map((story) => story.expectedState)
    expect(states.filter((state) => state === 'insight').length).toBeGreaterThanOrEqual(4)
    expect(states).toContain('firstTime')
    expect(states).toContain('noRequester')
  })

  for (const story of demoStories) {
    it(`${story.id}: shows the story's facts`, async () => {
      await withWorkspace(
        workspace.browser,
        `${workspace.host.url}?ticket=${story.currentTicketId}`,
        async ({ page, pageErrors }) => {
          const app = sidebar(page)
          if (story.expectedState === 'noRequester' || story.expectedState === 'notFound') {
            // Routine states of a ticket: a neutral notice, not an error.
            await waitForSidebarState(page, 'notice')
            await saveScreenshots(page, story.id)
            await expect(app.getByTestId('state-notice').getAttribute('data-notice-kind')).resolves.toBe(
              story.expectedState
            )
            expect(await app.getByRole('alert').count()).toBe(0)
          } else {
            await waitForSidebarState(page, 'ready')
            await saveScreenshots(page, story.id)
            await expect(app.getByTestId('requester-name').textContent()).resolves.toBe(story.requesterName)
            const facts = await app.getByTestId('requester-facts').textContent()
            expect(facts).toContain(story.expectedTicketFacts)
            if (story.expectedAsOf) {
              await expect(app.getByTestId('as-of').textContent()).resolves.toMatch(/as it was when this ticket/)
              await app.getByTestId('as-of-today').waitFor()
            } else {
              expect(await app.getByTestId('as-of').count()).toBe(0)
            }
            // The strongest pattern is the headline's state; the others wait in their section.
            await openAllSections(page)
            const patterns = await app
              .locator('[data-testid="headline-state"], [data-testid="pattern"]')
              .evaluateAll((nodes) =>
                nodes.map((node) => node.getAttribute('data-state-id') ?? node.getAttribute('data-pattern-id'))
              )
            for (const expected of story.expectedPatterns) expect(patterns).toContain(expected)
            expect(await app.getByTestId('empathy-prompt').count()).toBeGreaterThan(0)
            expect(await app.getByTestId('empathy-prompt').count()).toBeLessThanOrEqual(3)
            if (story.expectedState === 'firstTime') await app.getByTestId('first-contact').waitFor()
            // Languages are named for the agent, not given as codes.
            if (story.id === 'spanish-requester') {
              await expect(app.getByTestId('rapport-sidebar').textContent()).resolves.toContain('Spanish')
            }
          }
          expect(pageErrors).toEqual([])
        }
      )
    })
  }
})
