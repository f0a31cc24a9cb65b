import { invokeZafAction, type ActionContext } from './zafActions'
import type { ZafObject } from './zafObjects'
import { readZafPath, writeZafPath } from './zafPaths'

/**
 * Answers the SDK's promise calls, `{ id, request: 'get' | 'set' | 'invoke', params }`: `get` params are paths,
 * `set` params `{ path: value }`, `invoke` params `{ action: [args] }`. The answer's `result` holds a value per
 * path or action and `errors` per path or action that failed; the SDK rejects a single call whose path failed.
 */

export type ZafCallAnswer = { result: Record<string, unknown> } | { error: { name: string; message: string } }

export interface ZafCallContext extends Omit<ActionContext, 'state'> {
  state: ZafObject
  /** A `set` changed a property: the instance fires its change events. */
  onChange: (path: string, value: unknown) => void
}

export function answerZafCall(request: string, params: unknown, context: ZafCallContext): ZafCallAnswer {
  const result: Record<string, unknown> = {}
  const errors: Record<string, { name: string; message: string; path: string }> = {}
  const fail = (path: string, message: string) => {
    errors[path] = { name: 'ZafError', message, path }
  }
  if (request === 'get') {
    for (const path of Array.isArray(params) ? params.map(String) : []) {
      const read = readZafPath(context.state, path)
      if (read.ok) result[path] = read.value
      else fail(path, read.message)
    }
  } else if (request === 'set') {
    for (const [path, value] of Object.entries(asRecord(params))) {
      const written = writeZafPath(context.state, path, value)
      if (!written.ok) fail(path, written.message)
      else {
        result[path] = value
        context.onChange(path, value)
      }
    }
  } else if (request === 'invoke') {
    for (const [name, args] of Object.entries(asRecord(params))) {
      const outcome = invokeZafAction(name, Array.isArray(args) ? args : [], context)
      if (outcome.ok) result[name] = outcome.value
      else fail(name, outcome.message)
    }
    context.records.changed()
  } else {
    return { error: { name: 'ZafError', message: `Unknown request "${request}"` } }
  }
  return { result: { ...result, errors } }
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
}
