/** The sidebar's side of the companion: its settings, the request ZAF is asked to make, and the four failures. */
import { describe, expect, it } from 'vitest'
import { createCompanionClient } from '../../src/zendesk/companionClient'
import { parseCompanionSettings } from '../../src/zendesk/companionSettings'
import type { ZafClient, ZafHttpResponse, ZafRequestOptions } from '../../src/zendesk/zafSdkWrapper'
import type { Clock } from '../../src/zendesk/clock'

describe('parseCompanionSettings', () => {
  it('is off without a URL', () => {
    expect(parseCompanionSettings({})).toEqual({ enabled: false, problem: null })
    expect(parseCompanionSettings({ companionUrl: '  ' })).toEqual({ enabled: false, problem: null })
  })
  it('takes an https URL (trailing slash dropped) and the default timeout', () => {
    expect(parseCompanionSettings({ companionUrl: 'https://c.example/base/' })).toEqual({
      enabled: true,
      url: 'https://c.example/base',
      timeoutMs: 4000
    })
  })
  it('refuses plain http except on loopback, and a timeout out of range', () => {
    expect(parseCompanionSettings({ companionUrl: 'http://c.example' })).toEqual({ enabled: false, problem: 'badUrl' })
    expect(parseCompanionSettings({ companionUrl: 'http://127.0.0.1:8787' })).toMatchObject({ enabled: true })
    expect(parseCompanionSettings({ companionUrl: 'https://c.example', companionTimeoutMs: '50' })).toEqual({
      enabled: false,
      problem: 'badTimeout'
    })
  })
})

const stillClock: Clock = {
  now: () => 1_800_000_000_000,
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(resolve, ms)
      signal?.addEventListener('abort', () => {
        clearTimeout(timer)
        reject(signal.reason)
      })
    })
}

function clientAnswering(answer: ZafHttpResponse | 'never'): { client: ZafClient; sent: ZafRequestOptions[] } {
  const sent: ZafRequestOptions[] = []
  const unused = async () => {
    throw new Error('not used')
  }
  const client = {
    get: unused,
    invoke: unused,
    on: () => undefined,
    off: () => undefined,
    metadata: unused,
    context: unused,
    request: async (options: ZafRequestOptions) => {
      sent.push(options)
      return answer === 'never' ? new Promise<ZafHttpResponse>(() => undefined) : answer
    }
  } as unknown as ZafClient
  return { client, sent }
}

const topics = {
  topic: 'sizing',
  observed: 4,
  next: [{ topic: 'care_instructions', count: 4, share: 1 }],
  confidence: 0.4
}

describe('createCompanionClient', () => {
  const companion = (client: ZafClient, timeoutMs = 200) =>
    createCompanionClient({
      client,
      url: 'https://c.example',
      timeoutMs,
      subdomain: 'acme',
      ticketId: 7,
      clock: stillClock
    })

  it('asks ZAF for a secure, proxied request with an HS256 token for the companion and the account', async () => {
    const { client, sent } = clientAnswering({ status: 200, responseText: '', responseJSON: topics, headers: {} })
    expect(await companion(client).nextTopics('sizing')).toEqual({ ok: true, value: topics })
    expect(sent[0]).toEqual({
      url: 'https://c.example/v1/next-topics',
      type: 'POST',
      contentType: 'application/json',
      data: '{"topic":"sizing"}',
      secure: true,
      cors: false,
      headers: { Authorization: 'Bearer {{jwt.token}}' },
      jwt: {
        algorithm: 'HS256',
        secret_key: '{{setting.companionSecret}}',
        expiry: 60,
        claims: { iss: 'acme', aud: 'rapport-companion', iat: 1_800_000_000, ticket_id: 7 }
      }
    })
  })

  const failures: Array<[string, ZafHttpResponse | 'never', string]> = [
    ['no connection', { status: 0, responseText: '', headers: {} }, 'down'],
    ['401', { status: 401, responseText: '', headers: {} }, 'rejected'],
    ['502', { status: 502, responseText: '', headers: {} }, 'failed'],
    [
      'an answer of the wrong shape',
      { status: 200, responseText: '', responseJSON: { topic: 3 }, headers: {} },
      'failed'
    ],
    ['no answer within the timeout', 'never', 'slow']
  ]
  it.each(failures)('names %s', async (_name, answer, reason) => {
    const { client } = clientAnswering(answer)
    expect(await companion(client, 50).nextTopics('sizing')).toEqual({ ok: false, reason })
  })
})
