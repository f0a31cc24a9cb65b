/**
 * What the parent frame saw and did, kept for browser tests (`window.rapportHost`) and the page's activity list.
 * Every record names the sidebar instance, since each opened ticket gets a fresh iframe.
 */

export interface RequestRecord {
  instanceGuid: string
  ticketId: number
  /** The SDK's request key, `request:N`. */
  key: string
  method: string
  url: string
  /** The HTTP status; 0 for a network failure; null while pending or when aborted. */
  status: number | null
  outcome: 'pending' | 'done' | 'fail' | 'aborted'
  startedAt: number
  endedAt: number | null
}

export interface ResizeRecord {
  instanceGuid: string
  height: string | null
  width: string | null
  at: number
}

export interface EventRecord {
  instanceGuid: string
  name: string
  message: unknown
  /** False when the app had not subscribed (ZAF only sends subscribed events). */
  delivered: boolean
  at: number
}

export interface MessageRecord {
  instanceGuid: string
  /** `iframe.handshake`, `get`, `invoke`, `request:3`, `iframe.on:ticket.updated`, ... */
  name: string
  data: unknown
  at: number
}

export interface NotifyRecord {
  instanceGuid: string
  message: string
  kind: string
  at: number
}

export class HostRecords {
  requests: RequestRecord[] = []
  resizeCalls: ResizeRecord[] = []
  events: EventRecord[] = []
  messages: MessageRecord[] = []
  notifications: NotifyRecord[] = []
  private readonly listeners = new Set<() => void>()

  /** Called after every change, so the activity list can redraw. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  changed(): void {
    this.listeners.forEach((listener) => listener())
  }

  clear(): void {
    this.requests = []
    this.resizeCalls = []
    this.events = []
    this.messages = []
    this.notifications = []
    this.changed()
  }
}
