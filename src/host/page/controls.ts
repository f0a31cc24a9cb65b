import type { WorkspaceJson } from '../hostPayloads'
import { byId, el } from './dom'
import type { HostRecords } from './hostRecords'
import type { Workspace } from './workspace'

/** Fault presets offered next to the free-text spec (the spec format is documented in faults/faultSpec.ts). */
const faultPresets: Array<[string, string]> = [
  ['', 'No faults'],
  ['tickets:429x2=2', 'Ticket pages: 429 twice (Retry-After 2 s)'],
  ['tickets:500x1', 'Ticket pages: 500 once'],
  ['comments:500x2', 'Comments: 500 twice'],
  ['comments:timeout', 'Comments: never answer'],
  ['user:malformed', 'User: malformed JSON'],
  ['organization:403', 'Organization: 403'],
  ['all:latency=800', 'Everything: +800 ms latency']
]

/** Wires the workspace's controls: ticket switcher, ticket events, faults, and the activity list. */
export function wireControls(workspace: Workspace, data: WorkspaceJson, records: HostRecords): void {
  wireTicketSwitcher(workspace, data)
  wireColorScheme(workspace)
  wireTicketEvents(workspace, data)
  wireFaults(workspace)
  wireActivity(records)
}

function wireTicketSwitcher(workspace: Workspace, data: WorkspaceJson): void {
  const select = byId<HTMLSelectElement>('ticket-select')
  const storyTickets = new Set(data.stories.map((story) => story.currentTicketId))
  if (data.stories.length > 0) {
    select.append(
      el(
        'optgroup',
        { attrs: { label: 'Stories' } },
        data.stories.map((story) =>
          el('option', {
            text: `${story.title} — ${story.requesterName ?? 'no requester'} (#${story.currentTicketId})`,
            attrs: { value: String(story.currentTicketId), 'data-story': story.id }
          })
        )
      )
    )
  }
  const others = data.tickets.filter((ticket) => !storyTickets.has(ticket.id))
  select.append(
    el(
      'optgroup',
      { attrs: { label: data.stories.length > 0 ? 'Other tickets' : 'Tickets' } },
      others.map((ticket) =>
        el('option', {
          text: `#${ticket.id} ${ticket.subject} — ${ticket.requesterName ?? 'no requester'} (${ticket.status})`,
          attrs: { value: String(ticket.id) }
        })
      )
    )
  )
  select.addEventListener('change', () => void workspace.openTicket(Number(select.value)))
  workspace.onChange(() => {
    select.value = String(workspace.openTicketId ?? '')
  })
  byId('reload-sidebar').addEventListener('click', () => void workspace.reload())
}

/** The agent's dark-mode switch: the app hears `colorScheme.changed`, as in Agent Workspace. */
function wireColorScheme(workspace: Workspace): void {
  const toggle = byId<HTMLInputElement>('dark-mode')
  toggle.checked = workspace.colorScheme === 'dark'
  document.documentElement.dataset.colorScheme = workspace.colorScheme
  toggle.addEventListener('change', () => workspace.setColorScheme(toggle.checked ? 'dark' : 'light'))
}

function wireTicketEvents(workspace: Workspace, data: WorkspaceJson): void {
  const requesterSelect = byId<HTMLSelectElement>('requester-select')
  requesterSelect.append(
    ...data.requesters.map((user) => el('option', { text: user.name, attrs: { value: String(user.id) } }))
  )
  const status = byId('event-status')
  const report = (text: string) => {
    status.textContent = text
  }
  byId('change-requester').addEventListener('click', () => {
    void workspace.changeRequester(Number(requesterSelect.value)).then((delivered) => {
      report(
        delivered ? 'ticket.requester.id.changed delivered' : 'ticket.requester.id.changed: the app is not listening'
      )
    })
  })
  byId('submit-ticket').addEventListener('click', () => {
    void workspace.submitTicket().then((outcome) => report(outcome.ok ? 'Ticket submitted' : outcome.error))
  })
  byId('ticket-updated').addEventListener('click', () => {
    report(workspace.ticketUpdatedElsewhere() ? 'ticket.updated delivered' : 'ticket.updated: the app is not listening')
  })
  const eventForm = byId<HTMLFormElement>('custom-event')
  eventForm.addEventListener('submit', (event) => {
    event.preventDefault()
    const name = byId<HTMLInputElement>('event-name').value.trim()
    const payloadText = byId<HTMLInputElement>('event-payload').value.trim()
    if (name === '') return
    let payload: unknown
    try {
      payload = payloadText === '' ? undefined : JSON.parse(payloadText)
    } catch {
      report('The payload is not valid JSON')
      return
    }
    report(workspace.fire(name, payload) ? `${name} delivered` : `${name}: the app is not listening`)
  })
}

function wireFaults(workspace: Workspace): void {
  const input = byId<HTMLInputElement>('fault-spec')
  const presets = byId<HTMLSelectElement>('fault-presets')
  const message = byId('fault-status')
  input.value = workspace.faultSpec
  presets.append(...faultPresets.map(([spec, label]) => el('option', { text: label, attrs: { value: spec } })))
  presets.value = faultPresets.some(([spec]) => spec === workspace.faultSpec) ? workspace.faultSpec : ''
  presets.addEventListener('change', () => {
    input.value = presets.value
    apply()
  })
  const apply = () => {
    void workspace.setFaults(input.value).then((result) => {
      message.textContent = result.ok
        ? result.value.length === 0
          ? 'No faults'
          : `${result.value.length} fault rule(s) active`
        : result.error
      message.className = result.ok ? 'fault-status' : 'fault-status fault-error'
    })
  }
  byId<HTMLFormElement>('fault-form').addEventListener('submit', (event) => {
    event.preventDefault()
    apply()
  })
}

/**
 * The activity list is redrawn once the requests settle (250 ms without a change), or at least every second during
 * a long burst: a redraw lays the list out again, and one that ran as a request ended held up the app's next
 * message (its next request, its last ZAF get) by as long. Nobody reads a list that changes every 100 ms anyway.
 */
const activitySettleMs = 250
const activityMaxWaitMs = 1_000

function wireActivity(records: HostRecords): void {
  const list = byId('activity')
  let timer: ReturnType<typeof setTimeout> | undefined
  let firstChangeAt: number | null = null
  const draw = () => {
    firstChangeAt = null
    const requestLines = records.requests.map((request) => ({
      at: request.startedAt,
      text: `${request.method} ${request.url} → ${request.status ?? request.outcome}`,
      className: request.outcome === 'done' ? 'ok' : request.outcome === 'pending' ? 'pending' : 'failed'
    }))
    const eventLines = records.events.map((event) => ({
      at: event.at,
      text: `event ${event.name}${event.delivered ? '' : ' (not subscribed)'}`,
      className: 'event'
    }))
    const lines = [...requestLines, ...eventLines].sort((a, b) => b.at - a.at).slice(0, 40)
    list.replaceChildren(...lines.map((line) => el('li', { className: `activity-${line.className}`, text: line.text })))
  }
  records.subscribe(() => {
    const now = performance.now()
    firstChangeAt ??= now
    clearTimeout(timer)
    timer = setTimeout(draw, Math.max(0, Math.min(activitySettleMs, firstChangeAt + activityMaxWaitMs - now)))
  })
}
