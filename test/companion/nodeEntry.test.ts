/** The Node entry (`npm run companion`) and the environment it is configured from. */
import type { Server } from 'node:http'
import { describe, expect, it, vi } from 'vitest'
import { startNodeCompanion } from '../../src/companion/adapters/node'
import { readCompanionConfig } from '../../src/companion/config'
import { testEnv } from './companionWorld'

function listening(env: Record<string, string>) {
  const printed: string[] = []
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (printed.push(String(chunk)), true))
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (printed.push(String(chunk)), true))
  return new Promise<{ server: Server; url: string; printed: string[] }>((done) => {
    const server = startNodeCompanion(env, (url) => done({ server, url, printed })) as Server
  }).finally(() => vi.restoreAllMocks())
}

describe('npm run companion', () => {
  it('listens on 127.0.0.1, prints its URL and answers health', async () => {
    const { server, url, printed } = await listening({ ...testEnv, PORT: '0' })
    try {
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
      expect(printed.join('')).toContain(`Rapport companion: ${url}`)
      const response = await fetch(`${url}v1/health`)
      expect(await response.json()).toEqual({ ok: true, service: 'rapport-companion', api: 1 })
    } finally {
      server.close()
    }
  })

  it('without its secrets, says which variables are missing and answers 503 naming them', async () => {
    const { server, url, printed } = await listening({ PORT: '0', ZENDESK_SUBDOMAIN: 'acme' })
    try {
      expect(printed.join('')).toContain('RAPPORT_COMPANION_SECRET is not set')
      const response = await fetch(`${url}v1/health`)
      expect(response.status).toBe(503)
      const body = (await response.json()) as { error: string; problems: string[] }
      expect(body.error).toBe('notConfigured')
      expect(body.problems).toContain('ZENDESK_API_TOKEN is not set')
    } finally {
      server.close()
    }
  })
})

describe('readCompanionConfig', () => {
  it('reads the documented variables with their defaults', () => {
    const read = readCompanionConfig({ ...testEnv, ZENDESK_API_URL: '' })
    expect(read).toEqual({
      ok: true,
      config: expect.objectContaining({
        subdomain: 'rapport-demo',
        allowedOrigins: ['https://rapport-demo.zendesk.com'],
        zendeskApiUrl: 'https://rapport-demo.zendesk.com',
        bodyLimitBytes: 1_048_576,
        requestBudget: 250,
        topicCacheSeconds: 900
      })
    })
  })

  it('names every problem without repeating a secret', () => {
    const read = readCompanionConfig({
      RAPPORT_COMPANION_SECRET: 'short-secret',
      ZENDESK_SUBDOMAIN: 'acme.zendesk.com',
      ZENDESK_EMAIL: 'a@b.c',
      ZENDESK_API_TOKEN: 't',
      RAPPORT_REQUEST_BUDGET: 'lots'
    })
    expect(read.ok).toBe(false)
    const problems = read.ok ? [] : read.problems
    expect(problems).toHaveLength(3)
    expect(problems.join(' ')).not.toContain('short-secret')
  })
})
