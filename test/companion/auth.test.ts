/** Every way a call can be refused before it reaches Zendesk: token, size, JSON, shape, origin. */
import { describe, expect, it } from 'vitest'
import { createCompanionApp } from '../../src/companion/app'
import { createMemoryTopicModelCache } from '../../src/companion/topicModelCache'
import { signToken, testConfig, testSecret, zendeskOrigin } from './companionWorld'

const logs: string[] = []
const app = createCompanionApp({
  config: testConfig({ RAPPORT_BODY_LIMIT_BYTES: '2048' }),
  fetch: (async () => new Response('{}', { status: 500 })) as typeof fetch,
  topicCache: createMemoryTopicModelCache(),
  log: (line) => logs.push(line)
})

function score(authorization: string | null, body = '{"texts":["Thanks, that worked"]}', headers = {}) {
  return app.request('/v1/score', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}), ...headers },
    body
  })
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url')
}

describe('tokens', () => {
  it('accepts a token signed with the secret, for the companion, from the account, with exp and iat', async () => {
    const response = await score(`Bearer ${await signToken()}`)
    expect(response.status).toBe(200)
    const body = (await response.json()) as { results: Array<{ label: string }> }
    expect(body.results).toHaveLength(1)
    expect(body.results[0]?.label).toBe('positive')
  })

  const nowSeconds = () => Math.floor(Date.now() / 1000)
  const refused: Array<[string, () => Promise<string | null>]> = [
    ['no Authorization header', async () => null],
    ['a header that is not Bearer', async () => `Basic ${Buffer.from('a:b').toString('base64')}`],
    ['a token that is not a JWT', async () => 'Bearer not-a-token'],
    ['a token signed with another key', async () => `Bearer ${await signToken({ secret: `${testSecret}-other` })}`],
    ['an expired token', async () => `Bearer ${await signToken({ expiresInSeconds: -120 })}`],
    ['a token without exp', async () => `Bearer ${await signToken({ expiresInSeconds: null })}`],
    ['a token without iat', async () => `Bearer ${await signToken({ issuedAt: null })}`],
    ['a token for another audience', async () => `Bearer ${await signToken({ audience: 'someone-else' })}`],
    ['a token from another account', async () => `Bearer ${await signToken({ issuer: 'other-account' })}`],
    [
      'an unsigned token (alg none)',
      async () => {
        const claims = { aud: 'rapport-companion', iss: 'rapport-demo', iat: nowSeconds(), exp: nowSeconds() + 60 }
        return `Bearer ${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims)}.`
      }
    ],
    [
      'a token whose header claims HS512 (only HS256 is accepted)',
      async () => {
        const [, payload, signature] = (await signToken()).split('.')
        return `Bearer ${base64url({ alg: 'HS512', typ: 'JWT' })}.${payload}.${signature}`
      }
    ]
  ]

  it.each(refused)('refuses %s with 401', async (_name, authorization) => {
    const response = await score(await authorization())
    expect(response.status).toBe(401)
    expect(await response.json()).toEqual({ error: 'unauthorized' })
    expect(response.headers.get('www-authenticate')).toContain('Bearer')
  })

  it('needs no token for health, which says nothing about the account', async () => {
    const response = await app.request('/v1/health')
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ ok: true, service: 'rapport-companion', api: 1 })
  })

  it('logs the reason of a refusal, never the token', async () => {
    logs.length = 0
    const token = await signToken({ secret: `${testSecret}-other` })
    await score(`Bearer ${token}`)
    expect(logs.join('\n')).toContain('"rejected":"signature"')
    expect(logs.join('\n')).not.toContain(token.split('.')[2])
  })
})

describe('bodies', () => {
  it('refuses a body over the limit with 413, by Content-Length', async () => {
    const texts = JSON.stringify({ texts: ['x'.repeat(3000)] })
    const response = await score(`Bearer ${await signToken()}`, texts)
    expect(response.status).toBe(413)
    expect(await response.json()).toEqual({ error: 'tooLarge' })
  })

  it('refuses a chunked body over the limit with 413 (no Content-Length to trust)', async () => {
    const chunks = ['{"texts":["', 'y'.repeat(1500), 'y'.repeat(1500), '"]}']
    const stream = new ReadableStream({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk))
        controller.close()
      }
    })
    const response = await app.request('/v1/score', {
      method: 'POST',
      headers: { authorization: `Bearer ${await signToken()}`, 'content-type': 'application/json' },
      body: stream,
      duplex: 'half'
    } as RequestInit)
    expect(response.status).toBe(413)
  })

  it('refuses text that is not JSON with 400 badJson', async () => {
    const response = await score(`Bearer ${await signToken()}`, '{"texts": [')
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ error: 'badJson' })
  })

  it('refuses JSON of the wrong shape with 400 naming the field', async () => {
    const response = await score(`Bearer ${await signToken()}`, '{"texts": "one text"}')
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ error: 'badRequest', fields: ['texts'] })
  })

  it('answers the texts in the order they came', async () => {
    const body = JSON.stringify({
      texts: ['This is terrible, I am furious', 'Thank you so much, you are wonderful', '']
    })
    const response = await score(`Bearer ${await signToken()}`, body)
    const { results } = (await response.json()) as { results: Array<{ label: string; cues: unknown[] }> }
    expect(results.map((result) => result.label)).toEqual(['negative', 'positive', 'unknown'])
    // Cues are kinds and weights: the words themselves stay with the caller.
    expect(JSON.stringify(results)).not.toContain('furious')
  })
})

describe('CORS', () => {
  it('answers a preflight from the configured Zendesk origin', async () => {
    const response = await app.request('/v1/score', {
      method: 'OPTIONS',
      headers: {
        origin: zendeskOrigin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type'
      }
    })
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe(zendeskOrigin)
    expect(response.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization')
  })

  it('gives any other origin no CORS header', async () => {
    const response = await app.request('/v1/health', { headers: { origin: 'https://evil.example' } })
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
  })
})
