import type { HostRecords, RequestRecord } from './hostRecords'
import { proxyZafRequest } from './requestProxy'
import { answerZafCall } from './zafCalls'
import type { ZafObject } from './zafObjects'

/**
 * One ticket sidebar app instance: an iframe running the real ZAF SDK, and the parent-frame half of the SDK's
 * postMessage protocol (zendesk_app_framework_sdk lib/client.js):
 *   SDK → parent: `iframe.handshake`, `iframe.on:<event>` / `iframe.off:<event>` ({ subscriberCount }),
 *     `{ id, request: 'get' | 'set' | 'invoke', params }`, `request:N` (client.request options),
 *     `iframe.reply:<event>` (answer to an event sent with needsReply), `iframe.trigger:<event>` (recorded).
 *   parent → SDK: `{ key: 'zaf.app.registered', message: { metadata, context } }`, `{ id, result }` answers
 *     (result carries the values and `errors` by path), `{ key: 'zaf.request:N.done' | '.fail', message:
 *     { responseArgs } }`, and events `{ key: 'zaf.<event>', message }` for subscribed events only.
 * Zendesk creates a fresh instance per ticket tab; the workspace does the same per opened ticket.
 */

export interface AppMetadata {
  appId: number
  installationId: number
  name: string
  version: string
  settings: Record<string, unknown>
}

export interface SidebarInstanceOptions {
  container: HTMLElement
  /** Where the app is served from; a different origin than the page, as in Zendesk. */
  appOrigin: string
  pageOrigin: string
  ticketId: number
  /** The ZAF objects `get` reads: ticket, currentUser, currentAccount, comment. */
  state: ZafObject
  metadata: AppMetadata
  subdomain: string
  faultSpec: () => string
  records: HostRecords
  onNotify: (message: string, kind: string) => void
  onRouteToTicket: (ticketId: number) => boolean
  /** The agent's colour scheme, passed in the iframe URL as Zendesk does (and readable as `colorScheme`). */
  colorScheme: 'light' | 'dark'
}

type Message = Record<string, unknown>

const replyTimeoutMilliseconds = 15_000

export class SidebarInstance {
  readonly instanceGuid = crypto.randomUUID()
  readonly iframe: HTMLIFrameElement
  registered = false
  private destroyed = false
  private activatedSent = false
  private readonly subscriptions = new Map<string, number>()
  private readonly aborter = new AbortController()
  private readonly pendingReplies = new Map<string, (reply: Message) => void>()
  private readonly registeredWaiters: Array<() => void> = []

  constructor(private readonly options: SidebarInstanceOptions) {
    const src = new URL('/app/assets/iframe.html', options.appOrigin)
    src.searchParams.set('origin', options.pageOrigin)
    src.searchParams.set('app_guid', this.instanceGuid)
    src.searchParams.set('colorScheme', options.colorScheme)
    this.iframe = document.createElement('iframe')
    this.iframe.className = 'sidebar-app'
    this.iframe.title = options.metadata.name
    this.iframe.dataset.instanceGuid = this.instanceGuid
    this.iframe.src = src.toString()
    options.container.replaceChildren(this.iframe)
  }

  get ticketId(): number {
    return this.options.ticketId
  }

  get state(): ZafObject {
    return this.options.state
  }

  subscriptionCounts(): Record<string, number> {
    return Object.fromEntries(this.subscriptions)
  }

  whenRegistered(): Promise<void> {
    if (this.registered) return Promise.resolve()
    return new Promise((resolve) => this.registeredWaiters.push(resolve))
  }

  /** Handles a message from this instance's iframe; returns false for messages from anywhere else. */
  handleMessage(event: MessageEvent): boolean {
    if (this.destroyed || event.source !== this.iframe.contentWindow || event.origin !== this.options.appOrigin) {
      return false
    }
    const data = typeof event.data === 'string' ? parseMessage(event.data) : event.data
    if (typeof data !== 'object' || data === null) return true
    const message = data as Message
    if (typeof message.request === 'string' && typeof message.id === 'number') {
      this.recordMessage(message.request, message)
      this.answerCall(message.id, message.request, message.params)
      return true
    }
    if (typeof message.key !== 'string') return true
    const key = message.key
    this.recordMessage(key, message)
    const hasCount = typeof (message.message as Message | undefined)?.subscriberCount === 'number'
    if (key === 'iframe.handshake') this.register()
    else if (key.startsWith('iframe.on:')) this.subscribe(key.slice('iframe.on:'.length), message, hasCount)
    else if (key.startsWith('iframe.off:')) this.unsubscribe(key.slice('iframe.off:'.length), message, hasCount)
    else if (key.startsWith('iframe.reply:')) this.pendingReplies.get(key.slice('iframe.reply:'.length))?.(message)
    else if (/^request:\d+$/.test(key)) this.proxyRequest(key, message.message)
    return true
  }

  /** Sends `zaf.<name>` if the app subscribed (as ZAF does); returns whether it was delivered. */
  fire(name: string, message?: unknown): boolean {
    const wildcard = name.endsWith('.changed') && (this.subscriptions.get('*.changed') ?? 0) > 0
    const delivered = this.registered && !this.destroyed && ((this.subscriptions.get(name) ?? 0) > 0 || wildcard)
    this.options.records.events.push({ instanceGuid: this.instanceGuid, name, message, delivered, at: Date.now() })
    this.options.records.changed()
    if (delivered) this.post({ key: `zaf.${name}`, message, instanceGuid: this.instanceGuid })
    return delivered
  }

  /** A property change: `<property>.changed` with the new value, and `*.changed` with both. */
  fireChange(property: string, newValue: unknown): boolean {
    const specific = this.fire(`${property}.changed`, newValue)
    if ((this.subscriptions.get('*.changed') ?? 0) > 0) this.fire('*.changed', { propertyName: property, newValue })
    return specific
  }

  /** Sends an event that expects the app's verdict (a save hook); resolves with the app's error, if any. */
  async fireWithReply(name: string, message?: unknown): Promise<{ ok: true } | { ok: false; error: string }> {
    if (!this.registered || this.destroyed) return { ok: true }
    const reply = new Promise<Message | null>((resolve) => {
      this.pendingReplies.set(name, resolve)
      setTimeout(() => resolve(null), replyTimeoutMilliseconds)
    })
    this.options.records.events.push({
      instanceGuid: this.instanceGuid,
      name,
      message,
      delivered: true,
      at: Date.now()
    })
    this.post({ key: `zaf.${name}`, message, needsReply: true, instanceGuid: this.instanceGuid })
    const answer = await reply
    this.pendingReplies.delete(name)
    const error = answer?.error as { msg?: unknown } | undefined
    return error ? { ok: false, error: String(error.msg ?? 'rejected') } : { ok: true }
  }

  destroy(): void {
    if (this.destroyed) return
    this.fire('app.willDestroy')
    this.destroyed = true
    this.aborter.abort()
    this.iframe.remove()
  }

  private register(): void {
    const { metadata, subdomain, ticketId } = this.options
    this.post({
      key: 'zaf.app.registered',
      message: {
        metadata,
        context: {
          host: 'zendesk',
          product: 'support',
          location: 'ticket_sidebar',
          instanceGuid: this.instanceGuid,
          account: { subdomain },
          ticketId
        }
      }
    })
    this.registered = true
    this.registeredWaiters.splice(0).forEach((resolve) => resolve())
  }

  private subscribe(name: string, message: Message, hasCount: boolean): void {
    const count = hasCount ? Number((message.message as Message).subscriberCount) : 1
    this.subscriptions.set(name, count)
    // The sidebar is visible as soon as it loads: an app that listens for activation hears it once.
    if (name === 'app.activated' && !this.activatedSent) {
      this.activatedSent = true
      this.fire('app.activated', { firstLoad: true })
    }
  }

  private unsubscribe(name: string, message: Message, hasCount: boolean): void {
    const count = hasCount ? Number((message.message as Message).subscriberCount) : 0
    if (count > 0) this.subscriptions.set(name, count)
    else this.subscriptions.delete(name)
  }

  private answerCall(id: number, request: string, params: unknown): void {
    const answer = answerZafCall(request, params, {
      instanceGuid: this.instanceGuid,
      iframe: this.iframe,
      state: this.options.state,
      records: this.options.records,
      notify: this.options.onNotify,
      routeToTicket: this.options.onRouteToTicket,
      onChange: (path, value) => this.fireChange(path, value)
    })
    this.post({ id, ...answer })
  }

  private proxyRequest(key: string, options: unknown): void {
    const url = typeof options === 'string' ? options : String(asMessage(options).url ?? '')
    const record: RequestRecord = {
      instanceGuid: this.instanceGuid,
      ticketId: this.options.ticketId,
      key,
      method: String(asMessage(options).type ?? 'GET').toUpperCase(),
      url,
      status: null,
      outcome: 'pending',
      startedAt: Date.now(),
      endedAt: null
    }
    this.options.records.requests.push(record)
    this.options.records.changed()
    proxyZafRequest(options, {
      faultSpec: this.options.faultSpec(),
      faultScope: this.instanceGuid,
      signal: this.aborter.signal
    })
      .then((response) => {
        Object.assign(record, { status: response.status, outcome: response.outcome, endedAt: Date.now() })
        if (!this.destroyed) {
          this.post({ key: `zaf.${key}.${response.outcome}`, message: { responseArgs: response.responseArgs } })
        }
      })
      .catch(() => Object.assign(record, { outcome: 'aborted', endedAt: Date.now() }))
      .finally(() => this.options.records.changed())
  }

  private recordMessage(name: string, data: Message): void {
    this.options.records.messages.push({ instanceGuid: this.instanceGuid, name, data, at: Date.now() })
  }

  private post(message: Message): void {
    this.iframe.contentWindow?.postMessage(message, this.options.appOrigin)
  }
}

function parseMessage(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return null
  }
}

function asMessage(value: unknown): Message {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Message) : {}
}
