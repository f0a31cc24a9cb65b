import { parseFaultSpec } from '../faults/faultSpec'
import type { WorkspaceJson } from '../hostPayloads'
import { appMetadata, appOrigin, type ManifestJson } from './appContext'
import { wireControls } from './controls'
import { byId, el } from './dom'
import { exposeDebugApi } from './hostDebug'
import { HostRecords } from './hostRecords'
import { wireSettingsPanel } from './settingsPanel'
import { Workspace } from './workspace'

/**
 * The demo host page. URL parameters:
 *   ?ticket=<id>          the ticket to open (default: the first story's)
 *   ?story=<story id>     open that story's current ticket
 *   ?faults=<spec>        fault injection (see src/host/faults/faultSpec.ts)
 *   ?setting.<name>=<v>   override an app setting (manifest parameter), e.g. to try an invalid value; the
 *                         "App settings" panel edits them and writes them back here
 *   ?locale=<locale>      the agent's locale (currentUser.locale)
 *   ?colorScheme=dark     the agent's colour scheme (passed to the app in its iframe URL and as `colorScheme`)
 *   ?sameOrigin=1         serve the app from the page's origin instead of the cross-origin twin host
 */

const params = new URLSearchParams(window.location.search)

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url} answered ${response.status}`)
  return (await response.json()) as T
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
    metadata: appMetadata(manifest, params, data.installationSettings),
    locale: params.get('locale'),
    colorScheme: params.get('colorScheme') === 'dark' ? 'dark' : 'light',
    appOrigin: appOrigin(window.location, params),
    records,
    ticketPane: byId('ticket-pane'),
    sidebar: byId('sidebar'),
    notify
  })
  const faults = parseFaultSpec(params.get('faults') ?? '')
  if (faults.ok) workspace.faultSpec = (params.get('faults') ?? '').trim()
  else notify(`Ignoring ?faults: ${faults.error}`, 'error')
  wireControls(workspace, data, records)
  wireSettingsPanel({
    manifest,
    current: workspace.settings,
    apply: (settings) => workspace.applySettings(settings)
  })
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
