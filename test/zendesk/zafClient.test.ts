// @vitest-environment jsdom
/**
 * The wrapper over the REAL SDK (zendesk_app_framework_sdk): only the parent frame is played here, speaking the
 * SDK's postMessage protocol (handshake, app.registered, get/invoke by id, request:N.done/.fail, zaf.* events).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createZafClient } from '../../src/zendesk/zafClient'

const zendeskOrigin = 'https://acme.zendesk.com'

interface SdkMessage {
  id?: number
  request?: string
  params?: unknown
  key?: string
  message?: Record<string, unknown>
}

/** Plays the Zendesk agent workspace: records what the SDK posts and answers like the host does. */
function playZendeskHost(answer: (message: SdkMessage) => unknown) {
  const posted: SdkMessage[] = []
  const reply = (data: unknown) =>
    window.dispatchEvent(
      new MessageEvent('message', { data: JSON.stringify(data), origin: zendeskOrigin, source: window })
    )
  window.postMessage = ((message: string, targetOrigin: string) => {
    expect(targetOrigin).toBe(zendeskOrigin)
    const parsed = JSON.parse(message) as SdkMessage
    posted.push(parsed)
    queueMicrotask(() => {
      const response = answer(parsed)
      if (response !== undefined) reply(response)
    })
  }) as typeof window.postMessage
  return { posted, reply }
}

function register(reply: (data: unknown) => void) {
  reply({
    key: 'zaf.app.registered',
    message: {
      metadata: {
        appId: 0,
        installationId: 360001,
        name: 'Rapport',
        version: '0.1.0',
        settings: { lookbackMonths: '12' }
      },
      context: {
        location: 'ticket_sidebar',
        instanceGuid: 'abc-123',
        product: 'support',
        ticketId: 2147483701,
        account: { subdomain: 'acme' }
      }
    }
  })
}

const originalPostMessage = window.postMessage

beforeEach(() => window.history.replaceState({}, '', `/?origin=${encodeURIComponent(zendeskOrigin)}&app_guid=abc-123`))
afterEach(() => {
  window.postMessage = originalPostMessage
})

describe('createZafClient', () => {
  it('is null when the page was not opened by a Zendesk host', () => {
    window.history.replaceState({}, '', '/')

    expect(createZafClient()).toBeNull()
  })

  it('shakes hands with the host and reads metadata and context once registered', async () => {
    const host = playZendeskHost(() => undefined)
    const client = createZafClient()
    expect(client).not.toBeNull()
    register(host.reply)

    expect(host.posted[0]).toMatchObject({ key: 'iframe.handshake' })
    expect(await client?.metadata()).toEqual({
      appId: 0,
      installationId: 360001,
      name: 'Rapport',
      version: '0.1.0',
      settings: { lookbackMonths: '12' }
    })
    expect(await client?.context()).toEqual({
      location: 'ticket_sidebar',
      instanceGuid: 'abc-123',
      product: 'support',
      ticketId: 2147483701,
      subdomain: 'acme'
    })
  })

  it('get returns the value at the path, checked by the parser when one is given', async () => {
    const host = playZendeskHost((message) =>
      message.request === 'get' ? { id: message.id, result: { 'ticket.id': 2147483701, errors: {} } } : undefined
    )
    const client = createZafClient()
    register(host.reply)

    expect(await client?.get('ticket.id')).toBe(2147483701)
    expect(await client?.get('ticket.id', (value) => (typeof value === 'number' ? value : 0))).toBe(2147483701)
  })

  it('get rejects when ZAF reports an error for the path', async () => {
    const host = playZendeskHost((message) =>
      message.request === 'get'
        ? {
            id: message.id,
            result: { errors: { 'ticket.requester': { message: 'not available', name: 'APIUnavailable' } } }
          }
        : undefined
    )
    const client = createZafClient()
    register(host.reply)

    await expect(client?.get('ticket.requester')).rejects.toThrow('not available')
  })

  it('request always asks for the complete response without ZAF retries, and resolves it for 2xx', async () => {
    const host = playZendeskHost((message) =>
      message.key?.startsWith('request:')
        ? {
            key: `zaf.${message.key}.done`,
            message: {
              responseArgs: [
                {
                  status: 200,
                  responseText: '{"user":{}}',
                  responseJSON: { user: {} },
                  headers: { 'Content-Type': 'application/json' }
                }
              ]
            }
          }
        : undefined
    )
    const client = createZafClient()
    register(host.reply)

    const response = await client?.request({ url: '/api/v2/users/1.json' })

    expect(response).toEqual({
      status: 200,
      responseText: '{"user":{}}',
      responseJSON: { user: {} },
      headers: { 'content-type': 'application/json' }
    })
    expect(host.posted.find((message) => message.key?.startsWith('request:'))?.message).toEqual({
      url: '/api/v2/users/1.json',
      type: 'GET',
      dataType: 'json',
      httpCompleteResponse: true,
      autoRetry: false
    })
  })

  it('request resolves (does not reject) with the failure response, Retry-After header included', async () => {
    const host = playZendeskHost((message) =>
      message.key?.startsWith('request:')
        ? {
            key: `zaf.${message.key}.fail`,
            message: { responseArgs: [{ status: 429, responseText: '', headers: { 'retry-after': '30' } }] }
          }
        : undefined
    )
    const client = createZafClient()
    register(host.reply)

    expect(await client?.request({ url: '/api/v2/tickets/1/comments.json' })).toEqual({
      status: 429,
      responseText: '',
      headers: { 'retry-after': '30' }
    })
  })

  it('request reads headers given as raw header text, and a network failure as status 0', async () => {
    let calls = 0
    const host = playZendeskHost((message) => {
      if (!message.key?.startsWith('request:') || message.key.includes('.')) return undefined
      calls += 1
      const response =
        calls === 1
          ? { status: 503, responseText: 'down', headers: 'Retry-After: 5\r\nX-Rate-Limit: 700' }
          : { status: 0, responseText: '' }
      return { key: `zaf.${message.key}.fail`, message: { responseArgs: [response] } }
    })
    const client = createZafClient()
    register(host.reply)

    expect(await client?.request({ url: '/api/v2/a.json' })).toEqual({
      status: 503,
      responseText: 'down',
      headers: { 'retry-after': '5', 'x-rate-limit': '700' }
    })
    expect(await client?.request({ url: '/api/v2/b.json' })).toEqual({ status: 0, responseText: '', headers: {} })
  })

  it('invoke posts the call with its arguments (resize)', async () => {
    const host = playZendeskHost((message) =>
      message.request === 'invoke' ? { id: message.id, result: { errors: {} } } : undefined
    )
    const client = createZafClient()
    register(host.reply)

    await client?.invoke('resize', { width: '100%', height: '320px' })

    expect(host.posted.find((message) => message.request === 'invoke')?.params).toEqual({
      resize: [{ width: '100%', height: '320px' }]
    })
  })

  it('on delivers host events to the handler until off', async () => {
    const host = playZendeskHost(() => undefined)
    const client = createZafClient()
    register(host.reply)
    const seen: unknown[] = []
    const handler = (payload: unknown) => {
      seen.push(payload)
    }

    client?.on('ticket.requester.id.changed', handler)
    host.reply({ key: 'zaf.ticket.requester.id.changed', message: 10512783901 })
    client?.off('ticket.requester.id.changed', handler)
    host.reply({ key: 'zaf.ticket.requester.id.changed', message: 42 })

    expect(seen).toEqual([10512783901])
    expect(host.posted.map((message) => message.key)).toContain('iframe.on:ticket.requester.id.changed')
    expect(host.posted.map((message) => message.key)).toContain('iframe.off:ticket.requester.id.changed')
  })
})
