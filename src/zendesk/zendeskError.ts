/**
 * Typed failures across the zendesk boundary. The app maps every `kind` to a translated message that says what
 * the agent can do; nothing here is user-visible text.
 */
import type { RequesterHistory } from '../insight/requesterHistory'

export type ZendeskErrorKind =
  | 'noRequester'
  | 'invalidId'
  | 'rateLimited'
  | 'server'
  | 'network'
  | 'timeout'
  | 'forbidden'
  | 'notFound'
  | 'malformed'

export interface ZendeskError {
  kind: ZendeskErrorKind
  /** HTTP status when Zendesk answered. */
  status?: number
  /** For rateLimited: what Zendesk asked us to wait, in seconds. */
  retryAfterSeconds?: number
}

export type ZendeskResult<T> = { ok: true; value: T } | { ok: false; error: ZendeskError }

/**
 * Progress a waiting agent can be told about while Rapport retries on its own, and previews: the history as far
 * as it is read (first page of tickets, conversations so far) while older pages are still loading.
 */
export type LoadProgress =
  | { kind: 'waitingForZendesk'; retryAt: number }
  | { kind: 'retrying'; attempt: number }
  | { kind: 'preview'; history: RequesterHistory }

/** Thrown (as a DOMException named AbortError, like fetch) when the caller's AbortSignal cancels a load. */
export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError'
}

export function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The load was cancelled', 'AbortError')
}
