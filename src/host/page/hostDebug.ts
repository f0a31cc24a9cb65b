import type { FaultSpecResult } from '../faults/faultSpec'
import type { DemoStory } from '../hostPayloads'
import type { EventRecord, HostRecords, MessageRecord, NotifyRecord, RequestRecord, ResizeRecord } from './hostRecords'
import type { Workspace } from './workspace'

/**
 * `window.rapportHost`: what browser tests read and drive. The arrays are live (read them again after waiting).
 */
export interface RapportHostDebug {
  readonly stories: DemoStory[]
  /** Every `client.request` the parent frame proxied, all instances, oldest first. */
  readonly requests: RequestRecord[]
  readonly resizeCalls: ResizeRecord[]
  readonly events: EventRecord[]
  /** Every message the SDK posted to the parent frame. */
  readonly messages: MessageRecord[]
  readonly notifications: NotifyRecord[]
  /** The open ticket's sidebar instance, or null. */
  current(): {
    ticketId: number
    instanceGuid: string
    registered: boolean
    subscriptions: Record<string, number>
    iframeHeight: string
  } | null
  /** Opens a ticket (fresh sidebar instance) and resolves once the page shows it. */
  openTicket(ticketId: number): Promise<void>
  /** Resolves once the open sidebar instance has been registered (handshake answered). */
  whenRegistered(): Promise<void>
  /** Fires `zaf.<event>` into the app if it subscribed; returns whether it was delivered. */
  fire(event: string, message?: unknown): boolean
  changeRequester(userId: number): Promise<boolean>
  submitTicket(): Promise<{ ok: true } | { ok: false; error: string }>
  /** Applies a fault spec and reopens the ticket so the faults start afresh. */
  setFaults(spec: string): Promise<FaultSpecResult>
  readonly faultSpec: string
  /** The agent switches dark mode on or off (fires `colorScheme.changed`); returns whether the app heard it. */
  setColorScheme(scheme: 'light' | 'dark'): boolean
  /** Forgets the recorded requests, resizes, events and messages. */
  clear(): void
}

declare global {
  interface Window {
    rapportHost?: RapportHostDebug
  }
}

export function exposeDebugApi(workspace: Workspace, records: HostRecords, stories: DemoStory[]): void {
  window.rapportHost = {
    stories,
    get requests() {
      return records.requests
    },
    get resizeCalls() {
      return records.resizeCalls
    },
    get events() {
      return records.events
    },
    get messages() {
      return records.messages
    },
    get notifications() {
      return records.notifications
    },
    current() {
      const instance = workspace.current
      if (!instance) return null
      return {
        ticketId: instance.ticketId,
        instanceGuid: instance.instanceGuid,
        registered: instance.registered,
        subscriptions: instance.subscriptionCounts(),
        iframeHeight: instance.iframe.style.height
      }
    },
    openTicket: (ticketId) => workspace.openTicket(ticketId),
    whenRegistered: () => workspace.current?.whenRegistered() ?? Promise.reject(new Error('No ticket is open')),
    fire: (event, message) => workspace.fire(event, message),
    changeRequester: (userId) => workspace.changeRequester(userId),
    submitTicket: () => workspace.submitTicket(),
    setFaults: (spec) => workspace.setFaults(spec),
    get faultSpec() {
      return workspace.faultSpec
    },
    setColorScheme: (scheme) => {
      const toggle = document.getElementById('dark-mode')
      if (toggle instanceof HTMLInputElement) toggle.checked = scheme === 'dark'
      return workspace.setColorScheme(scheme)
    },
    clear: () => records.clear()
  }
}
