import { customFields, type ZafObject } from './zafObjects'

/**
 * Resolves ZAF `get` paths (`ticket.requester.id`, `currentUser.locale`, `ticket.customField:custom_field_1`)
 * against the parent frame's objects. A path through a missing value (`ticket.requester.id` on a ticket without
 * requester) reads as null, like ZAF; a property the object does not have is an error for that path only.
 */

export type PathRead = { ok: true; value: unknown } | { ok: false; message: string }

export function readZafPath(root: ZafObject, path: string): PathRead {
  let current: unknown = root
  for (const segment of path.split('.')) {
    if (current === null || current === undefined) return { ok: true, value: null }
    if (typeof current !== 'object') return unknownPath()
    if (segment.startsWith('customField:')) {
      const fields = customFields.get(current)
      const key = segment.slice('customField:'.length)
      if (!fields || !(key in fields)) return unknownPath()
      current = fields[key]
      continue
    }
    if (!Object.prototype.hasOwnProperty.call(current, segment)) return unknownPath()
    current = (current as Record<string, unknown>)[segment]
  }
  return { ok: true, value: current === undefined ? null : current }
}

/** The paths an app may `set` in the ticket sidebar (the ticket's editable fields and the comment composer). */
const settablePaths = new Set([
  'ticket.subject',
  'ticket.status',
  'ticket.priority',
  'ticket.type',
  'ticket.tags',
  'comment.text',
  'comment.type'
])

export function writeZafPath(root: ZafObject, path: string, value: unknown): PathRead {
  if (!settablePaths.has(path)) return { ok: false, message: 'cannot be set' }
  const segments = path.split('.')
  const property = segments.pop() as string
  const parent = readZafPath(root, segments.join('.'))
  if (!parent.ok || typeof parent.value !== 'object' || parent.value === null) return unknownPath()
  ;(parent.value as Record<string, unknown>)[property] = value
  return { ok: true, value }
}

/** The SDK prefixes the path itself (`"ticket.foo" Could not find handler`). */
function unknownPath(): PathRead {
  return { ok: false, message: 'Could not find handler' }
}
