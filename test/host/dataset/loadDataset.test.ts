import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { maxDatasetFileBytes } from '../../../src/host/dataset/datasetFiles'
import { loadDataset } from '../../../src/host/dataset/loadDataset'

/**
 * Fixture shapes follow the Zendesk API reference JSON examples (Users, Organizations, Tickets, Ticket Comments,
 * Satisfaction Ratings): ids above 2^31, `satisfaction_rating` null or `{ "score": "unoffered" }`, html_body.
 */
const bigUserId = 3_620_000_101
const user = {
  id: bigUserId,
  name: 'Maria Keller',
  email: 'maria@example.com',
  created_at: '2022-01-05T10:00:00Z',
  organization_id: 77
}
const agent = { id: 12, name: 'Dana', role: 'agent', created_at: '2020-01-01T00:00:00Z' }
const organization = {
  id: 77,
  name: 'Northwind',
  created_at: '2021-12-01T00:00:00Z',
  tags: ['premium'],
  organization_fields: { plan: 'enterprise' }
}
const ticket = (id: number, overrides: Record<string, unknown> = {}) => ({
  id,
  subject: `Ticket ${id}`,
  status: 'solved',
  requester_id: bigUserId,
  created_at: '2024-03-01T10:00:00Z',
  comments: [
    { id: id * 10, author_id: bigUserId, body: 'Help please', created_at: '2024-03-01T10:00:00Z' },
    { id: id * 10 + 1, author_id: 12, html_body: '<p>Fixed</p>', body: 'Fixed', created_at: '2024-03-01T12:00:00Z' }
  ],
  ...overrides
})

let folder = ''
const write = (files: Record<string, string>) => {
  folder = mkdtempSync(join(tmpdir(), 'rapport-dataset-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text)
  return folder
}
const lines = (records: unknown[]) => records.map((record) => JSON.stringify(record)).join('\n')
const pretty = (records: unknown[]) => JSON.stringify(records, null, 2)

afterEach(() => {
  if (folder) rmSync(folder, { recursive: true, force: true })
})

describe('loadDataset', () => {
  it('loads users, organizations and tickets given as an array, NDJSON and an envelope', () => {
    const dataset = loadDataset(
      write({
        'users.json': pretty([agent, user]),
        'organizations.json': JSON.stringify({ organizations: [organization] }),
        'tickets.ndjson': lines([ticket(1), ticket(2, { status: 'open' })])
      })
    )
    expect([...dataset.users.keys()]).toEqual([12, bigUserId])
    expect(dataset.organizations.get(77)?.name).toBe('Northwind')
    expect(dataset.ticketsByRequester.get(bigUserId)?.map((item) => item.id)).toEqual([1, 2])
    expect(dataset.tickets.get(2)?.status).toBe('open')
    expect(dataset.tickets.get(1)?.comments.map((comment) => comment.htmlBody)).toEqual([null, '<p>Fixed</p>'])
  })

  it('gives a ticket without organization_id its requester’s organization', () => {
    const dataset = loadDataset(write({ 'users.json': pretty([user]), 'tickets.json': pretty([ticket(1)]) }))
    expect(dataset.tickets.get(1)?.organizationId).toBe(77)
  })

  it('serves the description as the only comment of a ticket exported without comments', () => {
    const exported = { ...ticket(5), comments: undefined, description: 'My order is late' }
    const dataset = loadDataset(write({ 'users.json': pretty([user]), 'tickets.json': pretty([exported]) }))
    expect(dataset.tickets.get(5)?.comments).toMatchObject([{ id: 5, authorId: bigUserId, body: 'My order is late' }])
  })

  it('merges satisfaction_ratings.json into the tickets, the latest rating winning', () => {
    const dataset = loadDataset(
      write({
        'users.json': pretty([user]),
        'tickets.json': pretty([
          ticket(1, { satisfaction_rating: { score: 'unoffered' } }),
          ticket(2, { satisfaction_rating: null })
        ]),
        'satisfaction_ratings.json': pretty([
          { id: 901, ticket_id: 1, score: 'good', comment: 'Thanks', created_at: '2024-03-02T00:00:00Z' },
          { id: 902, ticket_id: 1, score: 'bad', comment: 'Broke again', created_at: '2024-03-05T00:00:00Z' },
          { id: 903, ticket_id: 999, score: 'good', created_at: '2024-03-05T00:00:00Z' }
        ])
      })
    )
    expect(dataset.tickets.get(1)?.satisfactionRating).toEqual({ id: 902, score: 'bad', comment: 'Broke again' })
    expect(dataset.tickets.get(2)?.satisfactionRating).toBeNull()
  })

  it('derives metric sets (replies, reopens) when the dataset has no ticket_metrics.json', () => {
    const reopened = ticket(3, {
      comments: [
        { id: 1, author_id: bigUserId, body: 'Broken', created_at: '2024-03-01T10:00:00Z' },
        { id: 2, author_id: 12, body: 'Fixed', created_at: '2024-03-01T12:00:00Z' },
        { id: 3, author_id: bigUserId, body: 'Broken again', created_at: '2024-03-08T12:00:00Z' },
        { id: 4, author_id: 12, body: 'Fixed for real', created_at: '2024-03-08T13:00:00Z' },
        { id: 5, author_id: 12, body: 'Note', public: false, created_at: '2024-03-08T14:00:00Z' }
      ]
    })
    const dataset = loadDataset(write({ 'users.json': pretty([user, agent]), 'tickets.json': pretty([reopened]) }))
    expect(dataset.metricSets.get(3)).toMatchObject({ ticket_id: 3, replies: 2, reopens: 1 })
  })

  it('prefers ticket_metrics.json when the dataset has one', () => {
    const dataset = loadDataset(
      write({
        'users.json': pretty([user]),
        'tickets.json': pretty([ticket(1)]),
        'ticket_metrics.json': pretty([{ id: 44, ticket_id: 1, reopens: 3, replies: 9 }])
      })
    )
    expect(dataset.metricSets.get(1)).toEqual({ id: 44, ticket_id: 1, reopens: 3, replies: 9 })
  })

  describe('names the file and line of what is wrong', () => {
    const attempt = (tickets: unknown[]) => () =>
      loadDataset(write({ 'users.json': pretty([user]), 'tickets.json': pretty(tickets) }))
    /** The line on which the second record of a pretty-printed array opens. */
    const secondRecordLine = (records: unknown[]) =>
      pretty(records)
        .split('\n')
        .findIndex((line, index) => index > 1 && line === '  {') + 1

    it('an id that is not a positive integer', () => {
      const tickets = [ticket(1), { ...ticket(2), id: '2' }]
      expect(secondRecordLine(tickets)).toBe(24)
      expect(attempt(tickets)).toThrow('tickets.json line 24: "id" must be a positive integer id (got "2")')
    })

    it('an unknown status', () => {
      expect(attempt([{ ...ticket(1), status: 'done' }])).toThrow(
        'tickets.json line 2: "status" must be one of new, open, pending, hold, solved, closed (got "done")'
      )
    })

    it('a date that is not a date', () => {
      expect(attempt([{ ...ticket(1), created_at: 'yesterday' }])).toThrow(
        'tickets.json line 2: "created_at" must be an ISO-8601 date-time string (got "yesterday")'
      )
    })

    it('a comment without a body', () => {
      const broken = ticket(1, { comments: [{ id: 1, author_id: bigUserId, created_at: '2024-03-01T10:00:00Z' }] })
      expect(attempt([broken])).toThrow('tickets.json line 2, comments[0]: "body" or "html_body" must be present')
    })

    it('tags that are not strings', () => {
      expect(attempt([{ ...ticket(1), tags: ['billing', 3] }])).toThrow('"tags" must be an array of strings')
    })

    it('the same id twice', () => {
      expect(attempt([ticket(1), ticket(1)])).toThrow(
        'tickets.json line 24: tickets id 1 appears twice (first on line 2)'
      )
    })

    it('an NDJSON line of the users file', () => {
      const folderWithBadUser = write({
        'users.json': `${JSON.stringify(user)}\n{"id": 5, "name": "X"}\n`,
        'tickets.json': '[]'
      })
      expect(() => loadDataset(folderWithBadUser)).toThrow(
        'users.json line 2: "created_at" must be an ISO-8601 date-time string (got nothing)'
      )
    })

    it('a missing required file', () => {
      expect(() => loadDataset(write({ 'users.json': '[]' }))).toThrow(/tickets\.json is missing/)
    })

    it('a folder that does not exist', () => {
      expect(() => loadDataset(join(tmpdir(), 'rapport-no-such-folder'))).toThrow(/no such folder/)
    })
  })

  describe('reports a broken folder in one line, naming the file (and line and field when it gets that far)', () => {
    const validFiles = () => ({ 'users.json': pretty([user]), 'tickets.json': pretty([ticket(1)]) })

    it('a folder named users.json', () => {
      const path = write({ 'tickets.json': '[]' })
      mkdirSync(join(path, 'users.json'))
      expect(() => loadDataset(path)).toThrow(/^users\.json: is a folder, not a file$/)
    })

    it('a symbolic link whose target does not exist', () => {
      const path = write({ 'tickets.json': '[]' })
      symlinkSync(join(path, 'gone.json'), join(path, 'users.json'))
      expect(() => loadDataset(path)).toThrow(/^users\.json: a symbolic link to .*gone\.json, which does not exist$/)
    })

    it('follows a symbolic link to a real file', () => {
      const path = write({ 'elsewhere.json': pretty([user]), 'tickets.json': '[]' })
      symlinkSync(join(path, 'elsewhere.json'), join(path, 'users.json'))
      expect(loadDataset(path).users.size).toBe(1)
    })

    it('a file too large to read as text (a sparse file, no disk used)', () => {
      const path = write(validFiles())
      truncateSync(join(path, 'tickets.json'), maxDatasetFileBytes + 1)
      expect(() => loadDataset(path)).toThrow(/^tickets\.json: 257 MiB, more than the 256 MiB a dataset file may have$/)
    })

    it('a number beyond a double (1e400), with its line and field', () => {
      const path = write({ 'users.json': pretty([user]), 'tickets.json': '[\n  {"id": 1e400, "status": "open"}\n]' })
      expect(() => loadDataset(path)).toThrow(
        /^tickets\.json line 2 column \d+: not valid JSON \(number 1e400 in "id" is beyond what a double can hold\)$/
      )
    })

    it('users.ndjson beside users.json, which would shadow it', () => {
      const path = write({ ...validFiles(), 'users.ndjson': '{"id": 1' })
      expect(() => loadDataset(path)).toThrow(/users\.json and users\.ndjson both hold users; keep one of them$/)
    })

    it('a comment id used twice, in one ticket or across tickets', () => {
      const twice = ticket(1, {
        comments: [
          { id: 5, author_id: bigUserId, body: 'a', created_at: '2024-03-01T10:00:00Z' },
          { id: 5, author_id: 12, body: 'b', created_at: '2024-03-01T11:00:00Z' }
        ]
      })
      expect(() => loadDataset(write({ 'users.json': pretty([user]), 'tickets.json': pretty([twice]) }))).toThrow(
        'tickets.json line 2: comment id 5 appears twice in this ticket'
      )
      const across = [
        ticket(1),
        ticket(2, { comments: [{ ...ticket(1).comments[0], created_at: '2024-03-02T10:00:00Z' }] })
      ]
      expect(() => loadDataset(write({ 'users.json': pretty([user]), 'tickets.json': pretty(across) }))).toThrow(
        /^tickets\.json line \d+: comment id 10 appears in ticket 1 too$/
      )
    })

    it('nesting 100,000 levels deep: read without overflowing, refused beyond what can be served', () => {
      const deep = `[{"id": 1, "nested": ${'['.repeat(100_000)}${']'.repeat(100_000)}}]`
      const path = write({ 'users.json': pretty([user]), 'tickets.json': deep })
      expect(() => loadDataset(path)).toThrow(
        /^tickets\.json line 1 column \d+: not valid JSON \(nested deeper than 512 levels\)$/
      )
    })
  })
})
