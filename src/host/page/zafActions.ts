import type { HostRecords } from './hostRecords'
import type { ZafObject } from './zafObjects'

/**
 * The ticket sidebar's `client.invoke` actions the demo workspace performs. `resize` sizes the iframe (the app
 * asks for its content height); the rest change the ticket or show a notice. Anything else is answered with an
 * error for that action, as ZAF does for an action it does not have.
 */

export interface ActionContext {
  instanceGuid: string
  iframe: HTMLIFrameElement
  state: ZafObject
  records: HostRecords
  notify: (message: string, kind: string) => void
  /** `routeTo` ('ticket', id): the workspace opens that ticket's tab; false when it has no such ticket. */
  routeToTicket: (ticketId: number) => boolean
}

export type ActionOutcome = { ok: true; value: unknown } | { ok: false; message: string }

/** Accepted and ignored: they only move the agent interface around. */
const layoutActions = new Set(['appsTray.show', 'appsTray.hide', 'app.show', 'app.hide', 'popover', 'preloadPane'])

export function invokeZafAction(name: string, args: unknown[], context: ActionContext): ActionOutcome {
  if (name === 'resize') return resize(args[0], context)
  if (name === 'notify') {
    const [message, kind] = args
    context.notify(String(message ?? ''), typeof kind === 'string' ? kind : 'notice')
    context.records.notifications.push({
      instanceGuid: context.instanceGuid,
      message: String(message ?? ''),
      kind: typeof kind === 'string' ? kind : 'notice',
      at: Date.now()
    })
    return { ok: true, value: null }
  }
  if (name === 'routeTo') return routeTo(args, context)
  if (name === 'ticket.tags.add' || name === 'ticket.tags.remove') return changeTags(name, args[0], context.state)
  if (name === 'comment.appendText') {
    const comment = context.state.comment as Record<string, unknown>
    comment.text = `${String(comment.text ?? '')}${String(args[0] ?? '')}`
    return { ok: true, value: null }
  }
  if (layoutActions.has(name)) return { ok: true, value: null }
  return { ok: false, message: 'Could not find handler' }
}

/** `routeTo('ticket', id)` opens the ticket in the agent's workspace; other targets are not in the demo. */
function routeTo([target, id]: unknown[], context: ActionContext): ActionOutcome {
  const ticketId = typeof id === 'number' ? id : Number(id)
  if (target !== 'ticket' || !Number.isInteger(ticketId) || ticketId <= 0)
    return { ok: false, message: `routeTo: the demo workspace opens tickets only (got ${String(target)})` }
  return context.routeToTicket(ticketId) ? { ok: true, value: null } : { ok: false, message: 'routeTo: no such ticket' }
}

function resize(size: unknown, context: ActionContext): ActionOutcome {
  const { height, width } = (typeof size === 'object' && size !== null ? size : {}) as Record<string, unknown>
  const cssHeight = cssLength(height)
  const cssWidth = cssLength(width)
  if (cssHeight !== null) context.iframe.style.height = cssHeight
  if (cssWidth !== null) context.iframe.style.width = cssWidth
  context.records.resizeCalls.push({
    instanceGuid: context.instanceGuid,
    height: cssHeight,
    width: cssWidth,
    at: Date.now()
  })
  return { ok: true, value: null }
}

/** ZAF takes `'320px'`, `'100%'` or a bare number of pixels. */
function cssLength(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return `${value}px`
  if (typeof value === 'string' && /^\d+(\.\d+)?(px|%)?$/.test(value.trim())) {
    const trimmed = value.trim()
    return /\d$/.test(trimmed) ? `${trimmed}px` : trimmed
  }
  return null
}

function changeTags(name: string, tags: unknown, state: ZafObject): ActionOutcome {
  const ticket = state.ticket as Record<string, unknown>
  const current = Array.isArray(ticket.tags) ? (ticket.tags as string[]) : []
  const change = (Array.isArray(tags) ? tags : [tags]).map(String)
  ticket.tags =
    name === 'ticket.tags.add' ? [...new Set([...current, ...change])] : current.filter((tag) => !change.includes(tag))
  return { ok: true, value: null }
}
