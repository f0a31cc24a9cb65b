/**
 * Issue 13 item 4 in the browser: a requester whose comments are built to slow text steps (4,000-character
 * tokens, addresses without "@", unclosed tags, endless quotes) reaches its first view about as fast as a
 * control requester with ordinary comments. Both are served from one --data folder and opened alternately in
 * the same run; the figure is the median of the per-round ratios, never an absolute time. The control's comments
 * are as long (ordinary sentences repeated), so the ratio measures the text steps, not the bytes carried.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { writeSeedDataset } from '../../src/host/seed/writeSeedDataset'
import { openWorkspace, useDemoWorkspace, waitForSidebarState } from './browser'

const agentId = 990_001
const control = { requesterId: 990_010, firstTicketId: 990_100 }
const hostile = { requesterId: 990_020, firstTicketId: 990_200 }
const ticketsPerRequester = 6
const rounds = 9
const allowedRatio = 1.3

const repeat = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length)
const hostileTexts = [
  repeat('a', 4_000),
  repeat('a.', 8_000) + '@',
  repeat('<a ', 8_000),
  repeat('> x\n', 8_000),
  repeat('From: a\n', 8_000),
  repeat('😡', 8_000)
]
const ordinarySentences = [
  'Hi, the export to CSV keeps failing with a timeout error since this morning.',
  'Thanks for looking into it. I tried again after clearing the cache and it still fails.',
  'We have checked the export job and restarted it; it should finish within the hour.',
  'Great, it worked this time. Thank you for the quick help!'
]
/** The control requester writes as much, in ordinary sentences: the same bytes to carry, only the content differs. */
const ordinaryTexts = hostileTexts.map((text, index) =>
  repeat(`${ordinarySentences[index % ordinarySentences.length]!} `, text.length)
)

function dataFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'rapport-hostile-'))
  writeSeedDataset(folder)
  const read = (name: string) => JSON.parse(readFileSync(join(folder, name), 'utf8')) as unknown[]
  const users = read('users.json')
  const tickets = read('tickets.json')
  const day = 86_400_000
  users.push(
    {
      id: agentId,
      name: 'Bench Agent',
      email: 'agent@bench.example',
      role: 'agent',
      created_at: '2020-01-01T00:00:00Z'
    },
    ...[control, hostile].map(({ requesterId }) => ({
      id: requesterId,
      name: `Requester ${requesterId}`,
      email: `r${requesterId}@bench.example`,
      role: 'end-user',
      created_at: '2021-01-01T00:00:00Z'
    }))
  )
  for (const [requester, texts] of [
    [control, ordinaryTexts],
    [hostile, hostileTexts]
  ] as const) {
    for (let index = 0; index < ticketsPerRequester; index++) {
      const id = requester.firstTicketId + index
      const createdAt = new Date(Date.now() - (ticketsPerRequester - index) * 7 * day).toISOString()
      const comments = texts.map((text, position) => ({
        id: id * 100 + position,
        author_id: position % 2 === 0 ? requester.requesterId : agentId,
        body: text,
        html_body: `<p>${text}</p>`,
        public: true,
        created_at: new Date(Date.parse(createdAt) + position * 3_600_000).toISOString()
      }))
      tickets.push({
        id,
        subject: index % 2 === 0 ? texts[index % texts.length]!.slice(0, 300) : 'Export failing',
        description: texts[0],
        status: index === ticketsPerRequester - 1 ? 'open' : 'solved',
        created_at: createdAt,
        updated_at: createdAt,
        requester_id: requester.requesterId,
        submitter_id: requester.requesterId,
        assignee_id: agentId,
        tags: ['export'],
        via: { channel: 'email' },
        comments
      })
    }
  }
  writeFileSync(join(folder, 'users.json'), JSON.stringify(users))
  writeFileSync(join(folder, 'tickets.json'), JSON.stringify(tickets))
  return folder
}

const folder = dataFolder()
const workspace = useDemoWorkspace(() => ['--data', folder])
afterAll(() => rmSync(folder, { recursive: true, force: true }))

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

describe('a requester with hostile comments costs the sidebar no more than an ordinary one', () => {
  it(`reaches its first view within ${allowedRatio}× the control requester's time (median of ${rounds} alternating rounds)`, async () => {
    const currentOf = (requester: typeof control) => requester.firstTicketId + ticketsPerRequester - 1
    const { page, close } = await openWorkspace(workspace.browser, `${workspace.host.url}?ticket=${currentOf(control)}`)
    try {
      await waitForSidebarState(page, 'ready')
      const timeToReady = async (requester: typeof control) => {
        const started = Date.now()
        await page.evaluate((id) => window.rapportHost?.openTicket(id), currentOf(requester))
        await waitForSidebarState(page, 'ready')
        return Date.now() - started
      }
      await timeToReady(hostile) // warm-up: the first hostile view is not timed
      const ratios: number[] = []
      const times: Array<[number, number]> = []
      for (let round = 0; round < rounds; round++) {
        const controlMs = await timeToReady(control)
        const hostileMs = await timeToReady(hostile)
        times.push([controlMs, hostileMs])
        ratios.push(hostileMs / controlMs)
      }
      const ratio = median(ratios)
      console.log(
        `hostile/control time to first view: median ratio ${ratio.toFixed(2)}× over ${rounds} rounds ` +
          `(ms, control/hostile: ${times.map(([a, b]) => `${a}/${b}`).join(', ')})`
      )
      expect(ratio).toBeLessThanOrEqual(allowedRatio)
    } finally {
      await close()
    }
  })
})
