import { parseFaultSpec, type FaultSpecResult } from '../faults/faultSpec'
import type { WorkspaceJson, WorkspaceTicketJson, WorkspaceUserJson } from '../hostPayloads'
import type { HostRecords } from './hostRecords'
import { SidebarInstance, type AppMetadata } from './sidebarInstance'
import { renderTicketMissing, renderTicketPane } from './ticketPane'
import { zafCurrentAccount, zafCurrentUser, zafOrganization, zafTicket, zafUser } from './zafObjects'

export interface WorkspaceConfig {
  workspace: WorkspaceJson
  metadata: AppMetadata
  /** `?locale=` on the page URL: the agent's locale (currentUser.locale). */
  locale: string | null
  /** `?colorScheme=dark` on the page URL: the agent's colour scheme. */
  colorScheme: 'light' | 'dark'
  appOrigin: string
  records: HostRecords
  ticketPane: HTMLElement
  sidebar: HTMLElement
  notify: (message: string, kind: string) => void
}

/**
 * The pretend agent workspace: one open ticket at a time, each opening with a fresh sidebar instance (as Zendesk
 * does per ticket tab), the ticket in the URL (`?ticket=<id>`, history API, no reload), ticket events fired into
 * the app, and the fault spec the fake API applies to this page's requests.
 */
export class Workspace {
  current: SidebarInstance | null = null
  faultSpec = ''
  colorScheme: 'light' | 'dark'
  private view: WorkspaceTicketJson | null = null
  private requester: Record<string, unknown> | null = null
  private openSerial = 0
  private readonly listeners = new Set<() => void>()

  constructor(private readonly config: WorkspaceConfig) {
    this.colorScheme = config.colorScheme
    window.addEventListener('message', (event) => this.current?.handleMessage(event))
  }

  /** Called whenever the open ticket changes (the switcher follows it). */
  onChange(listener: () => void): void {
    this.listeners.add(listener)
  }

  get openTicketId(): number | null {
    return this.current?.ticketId ?? null
  }

  async openTicket(ticketId: number, { history = 'push' }: { history?: 'push' | 'replace' } = {}): Promise<void> {
    const serial = ++this.openSerial
    // The old instance closes first: its requests are abandoned and free their connections for the new ones.
    this.current?.destroy()
    this.current = null
    const response = await fetch(`/host/tickets/${ticketId}.json`)
    const view = response.ok ? ((await response.json()) as WorkspaceTicketJson) : null
    // A later switch won the race: never show one ticket with another's sidebar.
    if (serial !== this.openSerial) return
    this.view = view
    this.requester = view?.requester ?? null
    this.updateUrl({ ticket: String(ticketId) }, history)
    if (!view) {
      renderTicketMissing(this.config.ticketPane, ticketId)
      this.config.sidebar.replaceChildren()
    } else {
      renderTicketPane(this.config.ticketPane, view, this.requester)
      this.current = this.createInstance(ticketId, view)
    }
    this.listeners.forEach((listener) => listener())
  }

  /** The settings the app is registered with. */
  get settings(): Record<string, unknown> {
    return this.config.metadata.settings
  }

  /** An admin changed the installation's settings: the app registers again with them, on the same ticket. */
  applySettings(settings: Record<string, unknown>): Promise<void> {
    this.config.metadata.settings = { ...settings }
    return this.reload()
  }

  /** Opens the current ticket again: a fresh sidebar instance, as after closing and reopening its tab. */
  reload(): Promise<void> {
    const ticketId = this.openTicketId
    return ticketId === null ? Promise.resolve() : this.openTicket(ticketId, { history: 'replace' })
  }

  fire(name: string, message?: unknown): boolean {
    return this.current?.fire(name, message) ?? false
  }

  /** The agent changes the ticket's requester: ZAF's ticket object follows, and the change events fire. */
  async changeRequester(userId: number): Promise<boolean> {
    const instance = this.current
    const response = await fetch(`/host/users/${userId}.json`)
    if (!instance || instance !== this.current || !response.ok || !this.view) return false
    const { user, organization } = (await response.json()) as WorkspaceUserJson
    const ticket = instance.state.ticket as Record<string, unknown>
    ticket.requester = zafUser(user, organization)
    ticket.organization = zafOrganization(organization)
    this.requester = user
    renderTicketPane(
      this.config.ticketPane,
      { ...this.view, ticket: { ...this.view.ticket, requester_id: user.id } },
      user
    )
    instance.fireChange('ticket.requester.name', user.name)
    instance.fireChange('ticket.requester.email', user.email)
    return instance.fireChange('ticket.requester.id', user.id)
  }

  /** The agent presses Submit: the save hook (`ticket.save`, needs a reply), then the submit events. */
  async submitTicket(): Promise<{ ok: true } | { ok: false; error: string }> {
    const instance = this.current
    if (!instance) return { ok: false, error: 'No ticket is open' }
    const hook = await instance.fireWithReply('ticket.save')
    if (!hook.ok) {
      this.config.notify(`The app stopped the save: ${hook.error}`, 'error')
      return hook
    }
    instance.fire('ticket.submit.start')
    ;(instance.state.ticket as Record<string, unknown>).updatedAt = new Date().toISOString()
    instance.fire('ticket.submit.done')
    instance.fire('ticket.submit.always')
    return { ok: true }
  }

  /** Another agent (or a trigger) updated the open ticket. */
  ticketUpdatedElsewhere(): boolean {
    return this.fire('ticket.updated', { updatedBy: { id: null, name: 'Another agent' } })
  }

  /**
   * The agent switches dark mode: the app hears `colorScheme.changed` (and reads the new `colorScheme`), and the
   * next sidebar instance gets it in its iframe URL.
   */
  setColorScheme(scheme: 'light' | 'dark'): boolean {
    this.colorScheme = scheme
    this.updateUrl({ colorScheme: scheme === 'dark' ? 'dark' : null }, 'replace')
    document.documentElement.dataset.colorScheme = scheme
    if (!this.current) return false
    this.current.state.colorScheme = scheme
    return this.current.fire('colorScheme.changed', scheme)
  }

  /** Applies a fault spec (validated here, enforced by the fake API) and reopens the ticket so it starts afresh. */
  async setFaults(spec: string): Promise<FaultSpecResult> {
    const parsed = parseFaultSpec(spec)
    if (!parsed.ok) return parsed
    this.faultSpec = spec.trim()
    this.updateUrl({ faults: this.faultSpec === '' ? null : this.faultSpec }, 'replace')
    await this.reload()
    return parsed
  }

  private createInstance(ticketId: number, view: WorkspaceTicketJson): SidebarInstance {
    const { config } = this
    return new SidebarInstance({
      container: config.sidebar,
      appOrigin: config.appOrigin,
      pageOrigin: window.location.origin,
      ticketId,
      state: {
        ticket: zafTicket(view),
        currentUser: zafCurrentUser(config.workspace.agent, config.locale),
        currentAccount: zafCurrentAccount(config.workspace.subdomain),
        comment: { text: '', type: 'publicReply', attachments: [], useRichText: true },
        colorScheme: this.colorScheme
      },
      metadata: config.metadata,
      subdomain: config.workspace.subdomain,
      faultSpec: () => this.faultSpec,
      records: config.records,
      onNotify: config.notify,
      // As Zendesk does for routeTo: the ticket opens in the workspace (here its one tab), history kept.
      onRouteToTicket: (id) => {
        void this.openTicket(id)
        return true
      },
      colorScheme: this.colorScheme
    })
  }

  private updateUrl(changes: Record<string, string | null>, mode: 'push' | 'replace'): void {
    const url = new URL(window.location.href)
    for (const [name, value] of Object.entries(changes)) {
      if (value === null) url.searchParams.delete(name)
      else url.searchParams.set(name, value)
    }
    if (url.href === window.location.href) return
    if (mode === 'push') window.history.pushState({ ticket: url.searchParams.get('ticket') }, '', url)
    else window.history.replaceState(window.history.state, '', url)
  }
}
