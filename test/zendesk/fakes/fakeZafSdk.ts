/**
 * An in-memory stand-in for the ZAF SDK client object, speaking the SDK's contract: `get` answers
 * `{ [path]: value, errors }`, `request` resolves with the complete response for 2xx and rejects with it
 * otherwise (status 0 for a network failure), events go through `on`/`off`. The data layer is tested through
 * the real wrapper (wrapZafSdk) on top of it, so only the network edge is fake.
 */
import type { ZafEventHandler, ZafSdkClient } from 'zendesk_app_framework_sdk'
import type { FakeZendeskApi } from './fakeZendeskApi'

export interface FakeZafSdk extends ZafSdkClient {
  /** The options of every `request` call, as the SDK received them. */
  readonly requestOptions: Array<Record<string, unknown>>
  /** Ticket data the host answers `get` with, by ZAF path. */
  ticketData: Record<string, unknown>
  /** When set, `get` rejects with this error (e.g. the SDK's TimeoutError). */
  getFailure: Error | null
  emit(event: string, payload?: unknown): void
  handlerCount(event: string): number
}

export function createFakeZafSdk(api: FakeZendeskApi, ticket: { id: number; requesterId: number | null }): FakeZafSdk {
  const handlers = new Map<string, ZafEventHandler[]>()
  const sdk: FakeZafSdk = {
    requestOptions: [],
    getFailure: null,
    ticketData: ticketData(ticket.id, ticket.requesterId),
    async get(path) {
      const paths = Array.isArray(path) ? path : [path]
      if (sdk.getFailure) throw sdk.getFailure
      return Object.fromEntries([...paths.map((name) => [name, sdk.ticketData[name]]), ['errors', {}]])
    },
    request(options) {
      sdk.requestOptions.push(options)
      const answer = api.answer(String(options.url))
      if (answer.kind === 'hang') return new Promise(() => undefined)
      if (answer.kind === 'networkError') return Promise.reject({ status: 0, responseText: '', headers: {} })
      const response: Record<string, unknown> = {
        status: answer.status,
        responseText: answer.body,
        headers: answer.headers
      }
      try {
        response.responseJSON = JSON.parse(answer.body)
      } catch {
        // Not JSON: like the real host, no responseJSON.
      }
      return answer.status >= 200 && answer.status < 300 ? Promise.resolve(response) : Promise.reject(response)
    },
    invoke: async (name, ...args) => ({ [name]: args, errors: {} }),
    on(name, handler) {
      handlers.set(name, [...(handlers.get(name) ?? []), handler])
    },
    off(name, handler) {
      handlers.set(
        name,
        (handlers.get(name) ?? []).filter((candidate) => candidate !== handler)
      )
    },
    metadata: async () => ({ appId: 0, installationId: 1, name: 'Rapport', version: '0.1.0', settings: {} }),
    context: async () => ({
      location: 'ticket_sidebar',
      instanceGuid: 'guid',
      product: 'support',
      ticketId: ticket.id
    }),
    emit: (event, payload) => (handlers.get(event) ?? []).forEach((handler) => handler(payload)),
    handlerCount: (event) => (handlers.get(event) ?? []).length
  }
  return sdk
}

/** What the agent workspace answers for the open ticket: `ticket.id`, `ticket.requester`, the ticket object. */
export function ticketData(ticketId: number, requesterId: number | null): Record<string, unknown> {
  return {
    'ticket.id': ticketId,
    'ticket.requester':
      requesterId === null ? undefined : { id: requesterId, name: 'Requester', email: 'r@example.com' },
    ticket: {
      id: ticketId,
      subject: 'Open ticket',
      description: 'The open ticket',
      status: 'open',
      createdAt: '2015-01-01T00:00:00Z',
      updatedAt: '2015-01-02T00:00:00Z',
      tags: [],
      via: { channel: 'web' }
    }
  }
}
