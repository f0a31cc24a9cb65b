/**
 * Issue 13 item 1: nothing of the customer's words in browser storage. Every seeded story is opened with the
 * app on the page's own origin (`?sameOrigin=1`), where nothing keeps the frame from using storage — the test
 * proves it can, by dismissing a prompt and finding its id stored — then sessionStorage, localStorage and
 * every IndexedDB database of the app's origin are read whole, and none of the requester's sentences, nor
 * their name or e-mail, may be in them. The README's privacy section names exactly what is left.
 */
import type { Frame, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { authoredStories } from '../../src/host/seed/stories'
import { presentRequester } from '../../src/host/seed/storyTypes'
import { sidebar, useDemoWorkspace, waitForSidebarState, withWorkspace } from './browser'

const workspace = useDemoWorkspace()

/** The requester's sentences (what they wrote, quoted mails and signatures included), 16 characters or longer. */
function requesterSentences(story: (typeof authoredStories)[number]): string[] {
  const texts = story.tickets.flatMap((ticket) => [
    ticket.subject,
    ...ticket.comments.filter((comment) => comment.from === 'requester').map((comment) => comment.text)
  ])
  return texts
    .flatMap((text) => text.split(/(?<=[.!?])\s+|\n+/))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length >= 16)
}

function appFrame(page: Page): Frame {
  const frame = page.frames().find((candidate) => candidate.url().includes('/app/assets/iframe.html'))
  if (!frame) throw new Error('no app frame')
  return frame
}

/** Everything the app's origin keeps: both storages and every IndexedDB record, as one JSON text. */
async function storedText(frame: Frame): Promise<{ text: string; sessionKeys: string[]; localKeys: string[] }> {
  return frame.evaluate(async () => {
    const dump = (storage: Storage) =>
      Object.fromEntries(
        Array.from({ length: storage.length }, (_, index) => storage.key(index) ?? '').map((key) => [
          key,
          storage.getItem(key)
        ])
      )
    const databases: Record<string, unknown> = {}
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name)
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
      for (const store of Array.from(db.objectStoreNames)) {
        databases[`${name}/${store}`] = await new Promise((resolve) => {
          const request = db.transaction(store).objectStore(store).getAll()
          request.onsuccess = () => resolve(request.result)
          request.onerror = () => resolve(null)
        })
      }
      db.close()
    }
    const session = dump(sessionStorage)
    const local = dump(localStorage)
    return {
      text: JSON.stringify({ session, local, databases, cookies: document.cookie }),
      sessionKeys: Object.keys(session),
      localKeys: Object.keys(local)
    }
  })
}

describe('browser storage holds nothing of the customer’s words', () => {
  for (const story of authoredStories) {
    const requester = presentRequester(story)
    const sentences = requesterSentences(story)
    if (!requester || sentences.length === 0) continue

    it(`${story.id}: none of the requester's ${sentences.length} sentences, name or e-mail is stored`, async () => {
      await withWorkspace(
        workspace.browser,
        `${workspace.host.url}?ticket=${story.currentTicketId}&sameOrigin=1`,
        async ({ page }) => {
          await waitForSidebarState(page, 'ready')
          const prompts = sidebar(page).getByTestId('empathy-prompt')
          await prompts.first().getByRole('button', { name: 'Dismiss' }).click()
          // Opening a section writes the agent's open sections to localStorage: it must hold section ids only.
          await sidebar(page).locator('[data-testid="insight-sections"] button[aria-expanded="false"]').first().click()
          // Another ticket of the same requester too, where a cross-sidebar cache would have written.
          const other = story.tickets.find((ticket) => ticket.id !== story.currentTicketId)
          if (other) {
            await page.evaluate((id) => window.rapportHost?.openTicket(id), other.id)
            await waitForSidebarState(page, 'ready')
          }

          const { text, sessionKeys, localKeys } = await storedText(appFrame(page))
          // Storage works in this frame: the dismissal and the open sections are there, and they are all there is.
          expect(sessionKeys.some((key) => key.startsWith('rapport.dismissedPrompts.'))).toBe(true)
          expect(sessionKeys.every((key) => key.startsWith('rapport.dismissedPrompts.'))).toBe(true)
          expect(localKeys.some((key) => key.startsWith('rapport.openSections.'))).toBe(true)
          expect(localKeys.every((key) => key.startsWith('rapport.openSections.'))).toBe(true)
          const found = sentences.filter((sentence) => text.includes(JSON.stringify(sentence).slice(1, -1)))
          expect(found).toEqual([])
          expect(text).not.toContain(requester.name)
          expect(text).not.toContain(requester.email)
        }
      )
    })
  }
})
