/**
 * The Workers entry as Cloudflare runs it: bundled by wrangler (the same `wrangler deploy --dry-run` the README
 * gives), then run in workerd through Miniflare's dispatchFetch, offline, reading the demo host's fake API over
 * real HTTP on 127.0.0.1.
 */
import { serve } from '@hono/node-server'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { Hono } from 'hono'
import { Miniflare } from 'miniflare'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createFakeZendeskApi } from '../../src/host/api/fakeZendeskApi'
import { FaultInjector } from '../../src/host/faults/faultInjector'
import { loadSeedDataset, signToken, testEnv, zendeskOrigin } from './companionWorld'

const root = resolve(import.meta.dirname, '../..')
const outdir = mkdtempSync(join(tmpdir(), 'rapport-worker-'))
let miniflare: Miniflare
let server: Server

beforeAll(async () => {
  execFileSync(join(root, 'node_modules/.bin/wrangler'), ['deploy', '--dry-run', '--outdir', outdir], {
    cwd: root,
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', CI: 'true' },
    stdio: 'pipe'
  })
  const api = new Hono().route(
    '/api/v2',
    createFakeZendeskApi({ dataset: loadSeedDataset(), faults: new FaultInjector(), currentUserId: null })
  )
  const port = await new Promise<number>((done) => {
    server = serve({ fetch: api.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) =>
      done(info.port)
    ) as Server
  })
  miniflare = new Miniflare({
    modules: true,
    scriptPath: join(outdir, 'worker.js'),
    modulesRoot: outdir,
    compatibilityDate: '2026-04-26',
    bindings: { ...testEnv, ZENDESK_API_URL: `http://127.0.0.1:${port}` }
  })
  await miniflare.ready
}, 120_000)

afterAll(async () => {
  await miniflare?.dispose()
  server?.close()
  rmSync(outdir, { recursive: true, force: true })
})

async function authorized(path: string, body: unknown) {
  return miniflare.dispatchFetch(`http://companion.test${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await signToken()}`, 'content-type': 'application/json' },
    body: JSON.stringify(body)
  })
}

describe('the companion on Workers (workerd via Miniflare)', () => {
  it('answers health and CORS for the account’s origin', async () => {
    const response = await miniflare.dispatchFetch('http://companion.test/v1/health', {
      headers: { origin: zendeskOrigin }
    })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ ok: true, service: 'rapport-companion', api: 1 })
    expect(response.headers.get('access-control-allow-origin')).toBe(zendeskOrigin)
  })

  it('refuses a call without a token', async () => {
    const response = await miniflare.dispatchFetch('http://companion.test/v1/score', { method: 'POST', body: '{}' })
    expect(response.status).toBe(401)
    await response.text()
  })

  it('scores texts', async () => {
    const response = await authorized('/v1/score', { texts: ['Thank you, that fixed it!', 'Still broken. Again.'] })
    const { results } = (await response.json()) as { results: Array<{ label: string }> }
    expect(results.map((result) => result.label)).toEqual(['positive', 'negative'])
  })

  it('reads the organization from Zendesk over the network', async () => {
    const response = await authorized('/v1/organization-health', { organizationId: 3_600_001_101 })
    const body = (await response.json()) as Record<string, unknown>
    expect(response.status).toBe(200)
    expect(body).toMatchObject({ requesterCount: 4, ticketCount: 16, zendeskRequests: 3 })
  })

  it('keeps the topic counts in the Cache API: the second call asks Zendesk nothing', async () => {
    const first = (await (await authorized('/v1/next-topics', { topic: 'sizing' })).json()) as Record<string, any>
    expect(first.source).toBe('built')
    const second = (await (await authorized('/v1/next-topics', { topic: 'sizing' })).json()) as Record<string, any>
    expect(second).toMatchObject({ source: 'cache', zendeskRequests: 0 })
    expect(second.next[0]).toMatchObject({ topic: 'care_instructions', count: 4 })
  })
})
