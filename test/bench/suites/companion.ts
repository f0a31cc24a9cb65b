/**
 * The companion under load, on loopback only:
 * - /v1/score with 50-text payloads at a fixed rate (autocannon, `overallRate`), latency p50/p99 and throughput,
 *   beside /v1/health at the same rate in the same run (the baseline: the HTTP stack, no work);
 * - memory before and after the run (heap after a forced GC, RSS); COMPANION_BENCH_SECONDS=120 for the
 *   two-minute run, default 15 s so the whole bench stays short;
 * - /v1/organization-health over a generated organization of 200 requesters × 50 tickets, against the fake
 *   Zendesk API over HTTP: requests made against the minimum (1 organization + one per 100 users + one per 100
 *   tickets), and its time against fetching the same pages without analysis (the baseline).
 * Goals from the issue: p99 ≤ 50 ms at 200 requests/s; memory flat.
 */
import { serve } from '@hono/node-server'
import autocannon from 'autocannon'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { SignJWT } from 'jose'
import { createCompanionApp } from '../../../src/companion/app'
import { cleanCustomerText, readSentiment } from '../../../src/insight'
import { readCompanionConfig } from '../../../src/companion/config'
import { createMemoryTopicModelCache } from '../../../src/companion/topicModelCache'
import { generatedOrganization, generatedOrganizationId, serveFakeZendesk } from '../companionWorld'
import type { BenchSuite } from '../run'

const secret = 'bench-secret-0123456789abcdef0123456789'
const rate = 200
const seconds = Number(process.env.COMPANION_BENCH_SECONDS ?? 15)
const texts = [
  'Hi, the export to CSV keeps failing with a timeout error since this morning.',
  'Thanks, that worked perfectly! Really appreciate the quick help.',
  'This is the third time I write about this. Still broken and nobody answers!!!',
  'Could you tell me where to change the billing address on our invoices?',
  'I have been waiting for 3 weeks now. This is unacceptable, please escalate.'
]
const scoreBody = JSON.stringify({ texts: Array.from({ length: 50 }, (_, index) => `${texts[index % 5]} (${index})`) })

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

function memory() {
  gc()
  const { heapUsed, rss } = process.memoryUsage()
  return { heapMb: heapUsed / 1_048_576, rssMb: rss / 1_048_576 }
}

async function fixedRate(url: string, body: string | undefined, token: string, duration: number) {
  const result = await autocannon({
    url,
    method: body ? 'POST' : 'GET',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body,
    connections: 20,
    // The load comes from a worker thread, so it does not share the companion's event loop.
    workers: 1,
    overallRate: rate,
    duration
  })
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    perSecond: result.requests.average,
    errors: result.errors + result.non2xx
  }
}

async function followPages(origin: string, first: string): Promise<void> {
  let next: string | null = first
  while (next) {
    const page = (await (await fetch(`${origin}${next}`)).json()) as {
      meta?: { has_more: boolean }
      links?: { next?: string | null }
    }
    const link = page.meta?.has_more ? page.links?.next : null
    next = link ? new URL(link).pathname + new URL(link).search : null
  }
}

const suite: BenchSuite = {
  name: 'companion (loopback)',
  async run() {
    const out: string[] = []
    const zendesk = await serveFakeZendesk(generatedOrganization(200, 50))
    const read = readCompanionConfig({
      RAPPORT_COMPANION_SECRET: secret,
      ZENDESK_SUBDOMAIN: 'bench',
      ZENDESK_EMAIL: 'bench@bench.example',
      ZENDESK_API_TOKEN: 'bench',
      ZENDESK_API_URL: zendesk.url
    })
    if (!read.ok) throw new Error(read.problems.join('; '))
    const app = createCompanionApp({
      config: read.config,
      fetch: globalThis.fetch,
      topicCache: createMemoryTopicModelCache(),
      log: () => undefined
    })
    const server = await new Promise<Server>((done) => {
      const started = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => done(started as Server))
    })
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setAudience('rapport-companion')
      .setIssuer('bench')
      .setIssuedAt()
      .setExpirationTime('30m')
      .sign(new TextEncoder().encode(secret))

    try {
      await fixedRate(`${base}/v1/score`, scoreBody, token, 3) // warm-up
      const before = memory()
      const health = await fixedRate(`${base}/v1/health`, undefined, token, Math.min(seconds, 10))
      // The run in quarters, the heap measured after each: flat memory levels off instead of climbing.
      const quarters: Array<Awaited<ReturnType<typeof fixedRate>>> = []
      const heapAfter: number[] = []
      for (let quarter = 0; quarter < 4; quarter++) {
        quarters.push(await fixedRate(`${base}/v1/score`, scoreBody, token, Math.max(1, Math.round(seconds / 4))))
        heapAfter.push(memory().heapMb)
      }
      const score = {
        p50: Math.max(...quarters.map((part) => part.p50)),
        p99: Math.max(...quarters.map((part) => part.p99)),
        perSecond: quarters.reduce((sum, part) => sum + part.perSecond, 0) / quarters.length,
        errors: quarters.reduce((sum, part) => sum + part.errors, 0)
      }
      const after = memory()
      const batch = (JSON.parse(scoreBody) as { texts: string[] }).texts
      const workStart = performance.now()
      for (let round = 0; round < 100; round++) batch.map((text) => readSentiment(cleanCustomerText(text)))
      const workMs = (performance.now() - workStart) / 100
      out.push(
        `scoring work per 50-text request, no HTTP: ${workMs.toFixed(2)} ms (so ${rate}/s needs ${((workMs * rate) / 10).toFixed(0)}% of a core)`,
        `/v1/health at ${rate}/s (baseline): p50 ${health.p50} ms, p99 ${health.p99} ms, ${health.perSecond.toFixed(0)} req/s, ${health.errors} errors`,
        `/v1/score, 50 texts, at ${rate}/s for ${seconds} s (worst quarter): p50 ${score.p50} ms, p99 ${score.p99} ms ` +
          `(${(score.p99 / Math.max(1, health.p99)).toFixed(1)}× the baseline p99), ${score.perSecond.toFixed(0)} req/s, ` +
          `${score.errors} errors · goal p99 ≤ 50 ms: ${score.p99 <= 50 ? 'met' : 'NOT met'}`,
        `memory: heap ${before.heapMb.toFixed(1)} MB before, ${heapAfter.map((mb) => mb.toFixed(1)).join(' → ')} MB after each quarter, ` +
          `RSS ${before.rssMb.toFixed(1)} → ${after.rssMb.toFixed(1)} MB over the run`
      )

      const minimum = 1 + Math.ceil(200 / 100) + Math.ceil((200 * 50) / 100)
      // The baseline: the same pages fetched and parsed as JSON, one after the other, nothing analysed (once to
      // warm the fake API up, once measured).
      await followPages(zendesk.url, `/api/v2/organizations/${generatedOrganizationId}/tickets.json?page[size]=100`)
      const pagesStart = performance.now()
      await (await fetch(`${zendesk.url}/api/v2/organizations/${generatedOrganizationId}.json`)).json()
      await followPages(zendesk.url, `/api/v2/organizations/${generatedOrganizationId}/users.json?page[size]=100`)
      await followPages(
        zendesk.url,
        `/api/v2/organizations/${generatedOrganizationId}/tickets.json?page[size]=100&include=metric_sets`
      )
      const pagesMs = performance.now() - pagesStart
      const servedBefore = zendesk.requestsServed()
      const started = performance.now()
      const response = await fetch(`${base}/v1/organization-health`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ organizationId: generatedOrganizationId })
      })
      const body = (await response.json()) as { requesterCount: number; ticketCount: number; partial: boolean }
      const elapsed = performance.now() - started
      const made = zendesk.requestsServed() - servedBefore
      out.push(
        `/v1/organization-health, 200 requesters × 50 tickets: ${response.status}, ${body.requesterCount} requesters, ` +
          `${body.ticketCount} tickets, partial ${body.partial}; ${made} Zendesk requests (minimum ${minimum}); ` +
          `${(elapsed / 1000).toFixed(2)} s (${(elapsed / pagesMs).toFixed(1)}× fetching the same pages alone, ${(pagesMs / 1000).toFixed(2)} s)`
      )
    } finally {
      server.close()
      await zendesk.close()
    }
    return out
  }
}

export default suite
