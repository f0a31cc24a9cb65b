/**
 * The companion against the demo host's fake Zendesk API over the seed data (in-process: the API's Hono app is
 * the companion's `fetch`), and tokens signed as Zendesk's proxy signs them.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SignJWT } from 'jose'
import { createCompanionApp, type CompanionDependencies } from '../../src/companion/app'
import { readCompanionConfig, type CompanionConfig } from '../../src/companion/config'
import { createMemoryTopicModelCache } from '../../src/companion/topicModelCache'
import { createFakeZendeskApi } from '../../src/host/api/fakeZendeskApi'
import type { Dataset } from '../../src/host/dataset/datasetTypes'
import { loadDataset } from '../../src/host/dataset/loadDataset'
import { FaultInjector } from '../../src/host/faults/faultInjector'
import { writeSeedDataset } from '../../src/host/seed/writeSeedDataset'

export const testSecret = 'test-secret-0123456789abcdef0123456789'
export const testSubdomain = 'rapport-demo'
export const zendeskOrigin = `https://${testSubdomain}.zendesk.com`

export const testEnv = {
  RAPPORT_COMPANION_SECRET: testSecret,
  ZENDESK_SUBDOMAIN: testSubdomain,
  ZENDESK_EMAIL: 'companion@rapport-demo.example',
  ZENDESK_API_TOKEN: 'demo-token',
  ZENDESK_API_URL: 'http://fake-zendesk.test'
}

export function testConfig(overrides: Record<string, string> = {}): CompanionConfig {
  const read = readCompanionConfig({ ...testEnv, ...overrides })
  if (!read.ok) throw new Error(read.problems.join('; '))
  return read.config
}

export function loadSeedDataset(): Dataset {
  const folder = mkdtempSync(join(tmpdir(), 'rapport-companion-'))
  try {
    writeSeedDataset(folder, new Date())
    return loadDataset(folder)
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

/** `fetch` answered by the fake API; `requested` collects the paths asked for. */
export function fakeZendeskFetch(dataset: Dataset, faults = new FaultInjector()) {
  const api = createFakeZendeskApi({ dataset, faults, currentUserId: null })
  const requested: string[] = []
  const fetchFake = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init)
    const url = new URL(request.url)
    requested.push(url.pathname + url.search)
    return api.fetch(request)
  }) as typeof fetch
  return { fetch: fetchFake, requested }
}

export function companionOver(dataset: Dataset, overrides: Partial<CompanionDependencies> = {}) {
  const zendesk = fakeZendeskFetch(dataset)
  const logs: string[] = []
  const app = createCompanionApp({
    config: testConfig(),
    fetch: zendesk.fetch,
    topicCache: createMemoryTopicModelCache(),
    log: (line) => logs.push(line),
    ...overrides
  })
  return { app, logs, requested: zendesk.requested }
}

export interface TokenOptions {
  secret?: string
  audience?: string
  issuer?: string
  expiresInSeconds?: number | null
  issuedAt?: number | null
  claims?: Record<string, unknown>
}

export async function signToken(options: TokenOptions = {}): Promise<string> {
  const nowSeconds = Math.floor(Date.now() / 1000)
  const jwt = new SignJWT({ ticket_id: 3109, ...options.claims })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setAudience(options.audience ?? 'rapport-companion')
    .setIssuer(options.issuer ?? testSubdomain)
    .setSubject('3610000001')
  if (options.issuedAt !== null) jwt.setIssuedAt(options.issuedAt ?? nowSeconds)
  if (options.expiresInSeconds !== null) jwt.setExpirationTime(nowSeconds + (options.expiresInSeconds ?? 60))
  return jwt.sign(new TextEncoder().encode(options.secret ?? testSecret))
}

export async function post(
  app: { request: (path: string, init: RequestInit) => Response | Promise<Response> },
  path: string,
  body: unknown,
  headers: Record<string, string> = {}
): Promise<Response> {
  const token = await signToken()
  return app.request(path, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body)
  })
}
