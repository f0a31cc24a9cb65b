import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { Dataset } from '../../../src/host/dataset/datasetTypes'
import { loadDataset } from '../../../src/host/dataset/loadDataset'
import { loadStories } from '../../../src/host/dataset/loadStories'
import { authoredStories, demoStories } from '../../../src/host/seed/stories'
import { writeSeedDataset } from '../../../src/host/seed/writeSeedDataset'

const now = new Date('2026-06-15T12:00:00Z')
const folder = mkdtempSync(join(tmpdir(), 'rapport-seed-'))
writeSeedDataset(folder, now)
const dataset: Dataset = loadDataset(folder)
afterAll(() => rmSync(folder, { recursive: true, force: true }))

const story = (id: string) => {
  const found = demoStories.find((candidate) => candidate.id === id)
  if (!found) throw new Error(`no story ${id}`)
  return found
}
const requesterOf = (ticketId: number) => dataset.tickets.get(ticketId)?.requesterId ?? null
const daysBefore = (iso: string) => (now.getTime() - Date.parse(iso)) / 86_400_000

describe('the seed dataset, written and loaded back through the loader', () => {
  it('is a folder of Zendesk API object files plus the story list', () => {
    expect(readdirSync(folder).sort()).toEqual([
      'organizations.json',
      'rapport-stories.json',
      'satisfaction_ratings.json',
      'ticket_metrics.json',
      'tickets.json',
      'users.json'
    ])
    expect(loadStories(folder)).toEqual(demoStories)
  })

  it('has the six requester stories the brief asks for, and the error-state tickets', () => {
    expect(demoStories.map((candidate) => candidate.id)).toEqual([
      'frustrated-loyalist',
      'early-churn-risk',
      'delighted-advocate',
      'premium-neutral',
      'first-time-requester',
      'spanish-requester',
      'long-standing-customer',
      'closed-past-ticket',
      'no-requester',
      'deleted-requester'
    ])
  })

  it.each(demoStories.filter((candidate) => candidate.requesterName !== null))(
    'gives $title ($requesterName) exactly the tickets the story authored, the current one included',
    (candidate) => {
      const requesterId = requesterOf(candidate.currentTicketId)
      expect(requesterId).not.toBeNull()
      expect(dataset.users.get(requesterId as number)?.name).toBe(candidate.requesterName)
      expect(dataset.ticketsByRequester.get(requesterId as number)).toHaveLength(candidate.ticketCount)
    }
  )

  it('dates everything relative to now, never in the future, within the default 24-month lookback', () => {
    // Except the generated six-year requester, whose older tickets are there to lie outside it.
    const longStanding = requesterOf(story('long-standing-customer').currentTicketId)
    for (const ticket of dataset.tickets.values()) {
      expect(daysBefore(ticket.createdAt)).toBeGreaterThan(0)
      if (ticket.requesterId !== longStanding) expect(daysBefore(ticket.createdAt)).toBeLessThan(730)
      for (const comment of ticket.comments) expect(daysBefore(comment.createdAt)).toBeGreaterThan(0)
    }
  })

  it('writes the frustrated loyalist: years as a customer, good CSAT, then a bad rating and reopens lately', () => {
    const requesterId = requesterOf(story('frustrated-loyalist').currentTicketId) as number
    const tickets = dataset.ticketsByRequester.get(requesterId) ?? []
    const ratings = tickets.map((ticket) => ticket.satisfactionRating?.score ?? 'none')
    expect(daysBefore(dataset.users.get(requesterId)?.createdAt ?? '')).toBeGreaterThan(3 * 365)
    expect(ratings.filter((score) => score === 'good').length).toBeGreaterThanOrEqual(8)
    expect(ratings).toContain('bad')
    const recent = tickets.filter((ticket) => daysBefore(ticket.createdAt) < 30)
    expect(recent).toHaveLength(3)
    expect(recent.some((ticket) => (dataset.metricSets.get(ticket.id)?.reopens as number) > 0)).toBe(true)
  })

  it('writes the new customer’s three contacts within their first month', () => {
    const requesterId = requesterOf(story('early-churn-risk').currentTicketId) as number
    const joined = Date.parse(dataset.users.get(requesterId)?.createdAt ?? '')
    const tickets = dataset.ticketsByRequester.get(requesterId) ?? []
    expect(tickets.filter((ticket) => Date.parse(ticket.createdAt) - joined < 30 * 86_400_000)).toHaveLength(3)
  })

  it('tags the premium organization and gives it plan=enterprise', () => {
    const ticket = dataset.tickets.get(story('premium-neutral').currentTicketId)
    const organization = dataset.organizations.get(ticket?.organizationId ?? 0)
    expect(organization?.raw.tags).toContain('premium')
    expect(organization?.raw.organization_fields).toMatchObject({ plan: 'enterprise' })
  })

  it('gives the first-time requester no history and no organization', () => {
    const ticket = dataset.tickets.get(story('first-time-requester').currentTicketId)
    const requester = dataset.users.get(ticket?.requesterId ?? 0)
    expect(dataset.ticketsByRequester.get(requester?.id ?? 0)).toHaveLength(1)
    expect(requester?.organizationId).toBeNull()
  })

  it('writes the Spanish requester’s messages in Spanish', () => {
    const ticket = dataset.tickets.get(story('spanish-requester').currentTicketId)
    expect(ticket?.comments[0]?.body).toMatch(/Llevo una semana esperando/)
    expect(dataset.users.get(ticket?.requesterId ?? 0)?.raw.locale).toBe('es')
  })

  it('has a ticket without requester and one whose requester the account no longer has', () => {
    expect(dataset.tickets.get(story('no-requester').currentTicketId)?.requesterId).toBeNull()
    const deletedId = dataset.tickets.get(story('deleted-requester').currentTicketId)?.requesterId
    expect(deletedId).not.toBeNull()
    expect(dataset.users.has(deletedId as number)).toBe(false)
  })

  it('includes what the cleaner must cope with: HTML bodies, quoted replies, signatures, internal notes', () => {
    const comments = [...dataset.tickets.values()].flatMap((ticket) => ticket.comments)
    expect(comments.some((comment) => comment.htmlBody?.includes('<blockquote'))).toBe(true)
    expect(comments.some((comment) => /^On .* wrote:$/m.test(comment.body))).toBe(true)
    expect(comments.some((comment) => /^> /m.test(comment.body))).toBe(true)
    expect(comments.some((comment) => comment.body.includes('Sent from my iPhone'))).toBe(true)
    expect(comments.some((comment) => !comment.public)).toBe(true)
  })

  it('uses ids above 2^31 for users, organizations and comments', () => {
    expect([...dataset.users.keys()].every((id) => id > 2 ** 31)).toBe(true)
    expect([...dataset.organizations.keys()].every((id) => id > 2 ** 31)).toBe(true)
    expect(
      [...dataset.tickets.values()].flatMap((ticket) => ticket.comments).every((comment) => comment.id > 2 ** 31)
    ).toBe(true)
  })

  it('merges each written satisfaction rating into its ticket', () => {
    const rated = authoredStories.flatMap((candidate) =>
      candidate.tickets.filter((ticket) => ticket.rating?.score === 'good' || ticket.rating?.score === 'bad')
    )
    for (const ticket of rated)
      expect(dataset.tickets.get(ticket.id)?.satisfactionRating?.score).toBe(ticket.rating?.score)
  })
})
