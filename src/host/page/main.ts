import { parseFaultSpec } from '../faults/faultSpec'
import type { WorkspaceJson } from '../hostPayloads'
import { wireControls } from './controls'
import { byId, el } from './dom'
import { exposeDebugApi } from './hostDebug'
import { HostRecords } from './hostRecords'
import type { AppMetadata } from './sidebarInstance'
import { Workspace } from './workspace'

/**
 * The demo host page. URL parameters:
 *   ?ticket=<id>          the ticket to open (default: the first story's)
 *   ?story=<story id>     open that story's current ticket
 *   ?faults=<spec>        fault injection (see src/host/faults/faultSpec.ts)
 *   ?setting.<name>=<v>   override an app setting (manifest parameter), e.g. to try an invalid value
 *   ?locale=<locale>      the agent's locale (currentUser.locale)
 *   ?sameOrigin=1         serve the app from the page's origin instead of the cross-origin twin host
 */

interface ManifestJson {
  name?: string
  version?: string
  parameters?: Array<{ name: string; type?: string; default?: unknown }>
}

const params = new URLSearchParams(window.location.search)

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url} answered ${response.status}`)
  return (await response.json()) as T
}

/** Settings as ZAF gives them: manifest parameter defaults, overridden by `?setting.<name>=` (as typed text). */
function appMetadata(manifest: ManifestJson): AppMetadata {
  const settings: Record<string, unknown> = {}
  for (const parameter of manifest.parameters ?? []) {
    if (parameter.default !== undefined) settings[parameter.name] = parameter.default
  }
  for (const [name, value] of params) {
    if (!name.startsWith('setting.')) continue
    const key = name.slice('setting.'.length)
    const type = manifest.parameters?.find((parameter) => parameter.name === key)?.type
    settings[key] = type === 'checkbox' ? value === 'true' : value
  }
  return { appId: 1, installationId: 1, name: manifest.name ?? 'App', version: manifest.version ?? '0.0.0', settings }
}

/** The app runs on the page's twin host (127.0.0.1 ↔ localhost), so the SDK talks across origins as in Zendesk. */
function appOrigin(): string {
  const { protocol, hostname, port, origin } = window.location
  if (params.get('sameOrigin') === '1') return origin
  const twin = hostname === '127.0.0.1' ? 'localhost' : hostname === 'localhost' ? '127.0.0.1' : null
  return twin === null ? origin : `${protocol}//${twin}${port === '' ? '' : `:${port}`}`
}

function initialTicketId(data: WorkspaceJson): number | null {
  const ticket = Number(params.get('ticket'))
  if (Number.isInteger(ticket) && ticket > 0) return ticket
  const story = data.stories.find((candidate) => candidate.id === params.get('story')) ?? data.stories[0]
  return story?.currentTicketId ?? data.tickets[0]?.id ?? null
}

function notify(message: string, kind: string): void {
  const toast = el('div', { className: `toast toast-${kind}`, text: message, attrs: { role: 'status' } })
  byId('toasts').append(toast)
  setTimeout(() => toast.remove(), 5_000)
}

async function boot(): Promise<void> {
  const [data, manifest] = await Promise.all([
    getJson<WorkspaceJson>('/host/workspace.json'),
    getJson<ManifestJson>('/app/manifest.json')
  ])
  const records = new HostRecords()
  const workspace = new Workspace({
    workspace: data,
    metadata: appMetadata(manifest),
    locale: params.get('locale'),
    appOrigin: appOrigin(),
    records,
    ticketPane: byId('ticket-pane'),
    sidebar: byId('sidebar'),
    notify
  })
  const faults = parseFaultSpec(params.get('faults') ?? '')
  if (faults.ok) workspace.faultSpec = (params.get('faults') ?? '').trim()
  else notify(`Ignoring ?faults: ${faults.error}`, 'error')
  wireControls(workspace, data, records)
  exposeDebugApi(workspace, records, data.stories)
  window.addEventListener('popstate', () => {
    const ticket = Number(new URLSearchParams(window.location.search).get('ticket'))
    if (Number.isInteger(ticket) && ticket > 0) void workspace.openTicket(ticket, { history: 'replace' })
  })
  const first = initialTicketId(data)
  if (first !== null) await workspace.openTicket(first, { history: 'replace' })
}

boot().catch((error: unknown) => {
  byId('ticket-pane').replaceChildren(
    el('p', { className: 'ticket-missing', text: `The demo host could not start: ${String(error)}` })
  )
})
