/**
 * Fixtures for the companion bench: a generated B2B organization (requesters × tickets, deterministic) written
 * as a dataset folder, and the demo host's fake Zendesk API serving it on 127.0.0.1.
 */
import { serve } from '@hono/node-server'
import { mkdtempSync, rmSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Hono } from 'hono'
import { createFakeZendeskApi } from '../../src/host/api/fakeZendeskApi'
import { loadDataset } from '../../src/host/dataset/loadDataset'
import { FaultInjector } from '../../src/host/faults/faultInjector'
import { writeDatasetFiles } from './writeDatasetFiles'

export const generatedOrganizationId = 4_600_000_001

const lines = [
  'Hi, the export to CSV keeps failing with a timeout error since this morning.',
  'Thanks, that worked perfectly! Really appreciate the quick help.',
  'This is the third time I write about this. Still broken and nobody answers!!!',
  'Could you tell me where to change the billing address on our invoices?',
  'I have been waiting for 3 weeks now. This is unacceptable, please escalate.',
  'Great, all good now. Have a nice weekend!'
]
const topics = ['sizing', 'care_instructions', 'returns', 'refund', 'billing', 'delivery']
const dayMs = 86_400_000

/** An organization of `requesters` end users with `ticketsEach` tickets each, ticket ids from 5,000,000. */
export function generatedOrganization(requesters: number, ticketsEach: number, now = Date.now()) {
  const iso = (time: number) => new Date(time).toISOString()
  const users: Array<Record<string, unknown>> = [
    {
      id: 4_610_000_001,
      name: 'Agent',
      email: 'agent@bench.example',
      role: 'agent',
      created_at: iso(now - 900 * dayMs)
    }
  ]
  const tickets: Array<Record<string, unknown>> = []
  for (let person = 0; person < requesters; person++) {
    const userId = 4_620_000_000 + person
    users.push({
      id: userId,
      name: `Buyer ${person}`,
      email: `buyer${person}@bench.example`,
      role: 'end-user',
      organization_id: generatedOrganizationId,
      created_at: iso(now - 800 * dayMs),
      tags: []
    })
    for (let index = 0; index < ticketsEach; index++) {
      const id = 5_000_000 + person * ticketsEach + index
      const created = now - (ticketsEach - index) * 12 * dayMs - person * 3_600_000
      const text = lines[(person + index) % lines.length]!
      tickets.push({
        id,
        subject: `Question ${index}`,
        description: text,
        status: index === ticketsEach - 1 ? 'open' : 'solved',
        created_at: iso(created),
        updated_at: iso(created + 2 * 3_600_000),
        requester_id: userId,
        submitter_id: userId,
        assignee_id: 4_610_000_001,
        organization_id: generatedOrganizationId,
        tags: [topics[(person + index) % topics.length]!],
        satisfaction_rating: { score: index % 7 === 0 ? 'bad' : 'good' },
        comments: [{ id: id * 10, author_id: userId, body: text, public: true, created_at: iso(created) }]
      })
    }
  }
  return {
    users,
    organizations: [{ id: generatedOrganizationId, name: 'Generated Outfitters', created_at: iso(now - 900 * dayMs) }],
    tickets
  }
}

export async function serveFakeZendesk(files: ReturnType<typeof generatedOrganization>) {
  const folder = mkdtempSync(join(tmpdir(), 'rapport-bench-'))
  writeDatasetFiles(folder, files)
  const dataset = loadDataset(folder)
  rmSync(folder, { recursive: true, force: true })
  let requests = 0
  const api = new Hono().route(
    '/api/v2',
    createFakeZendeskApi({ dataset, faults: new FaultInjector(), currentUserId: null, onServed: () => (requests += 1) })
  )
  const server = await new Promise<Server>((done) => {
    const started = serve({ fetch: api.fetch, hostname: '127.0.0.1', port: 0 }, () => done(started as Server)) as Server
  })
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}`,
    requestsServed: () => requests,
    close: () => new Promise<void>((done) => server.close(() => done()))
  }
}
