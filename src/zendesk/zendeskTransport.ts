/**
 * One GET to the Zendesk REST API through ZAF, with Rapport's own failure policy: Retry-After on 429, bounded
 * exponential backoff with jitter on 5xx and network failures, a timer per request, and typed errors.
 */
import { abortError, type LoadProgress, type ZendeskError, type ZendeskResult } from './zendeskError'
import type { Clock } from './clock'
import type { ZafClient, ZafHttpResponse } from './zafSdkWrapper'

export interface RetryPolicy {
  /** Per request, after the first attempt. */
  maxRateLimitRetries: number
  /** A longer Retry-After is reported to the agent instead of waited for. */
  maxRetryAfterSeconds: number
  /** Used when a 429 carries no readable Retry-After. */
  defaultRetryAfterSeconds: number
  maxTransientRetries: number
  baseBackoffMs: number
  maxBackoffMs: number
}

export const defaultRetryPolicy: RetryPolicy = {
  maxRateLimitRetries: 2,
  maxRetryAfterSeconds: 60,
  defaultRetryAfterSeconds: 10,
  maxTransientRetries: 2,
  baseBackoffMs: 500,
  maxBackoffMs: 8000
}

/** Long enough for a slow page of 100 tickets with side-loads; short enough that an agent is not left waiting. */
export const defaultRequestTimeoutMs = 15_000

export interface TransportOptions {
  client: ZafClient
  clock: Clock
  /** In [0, 1); injectable so backoff jitter is reproducible in tests. */
  random: () => number
  timeoutMs: number
  retry: RetryPolicy
}

export interface RequestHooks {
  signal?: AbortSignal
  onProgress?: (progress: LoadProgress) => void
}

export type GetJson = (url: string, hooks: RequestHooks) => Promise<ZendeskResult<unknown>>

export function createZendeskTransport({ client, clock, random, timeoutMs, retry }: TransportOptions): GetJson {
  return async (url, { signal, onProgress }) => {
    let rateLimitRetries = 0
    let transientRetries = 0
    for (;;) {
      if (signal?.aborted) throw abortError(signal)
      const response = await requestWithTimeout(client, clock, url, timeoutMs, signal)
      if (response === 'timeout') return failure({ kind: 'timeout' })
      const outcome = classify(response)
      if (outcome.ok) return outcome
      const { error } = outcome

      if (error.kind === 'rateLimited') {
        const seconds =
          retryAfterSeconds(response.headers['retry-after'], clock.now()) ?? retry.defaultRetryAfterSeconds
        if (rateLimitRetries >= retry.maxRateLimitRetries || seconds > retry.maxRetryAfterSeconds) {
          return failure({ ...error, retryAfterSeconds: seconds })
        }
        rateLimitRetries += 1
        onProgress?.({ kind: 'waitingForZendesk', retryAt: clock.now() + seconds * 1000 })
        await clock.sleep(seconds * 1000, signal)
        continue
      }

      if ((error.kind === 'server' && (error.status ?? 0) >= 500) || error.kind === 'network') {
        if (transientRetries >= retry.maxTransientRetries) return failure(error)
        transientRetries += 1
        onProgress?.({ kind: 'retrying', attempt: transientRetries })
        await clock.sleep(backoffMs(transientRetries, retry, random), signal)
        continue
      }

      return failure(error)
    }
  }
}

/**
 * ZAF cannot cancel a request, so a timed-out or cancelled request is left to finish and its answer ignored.
 * Timeouts are not retried: the request may still be running at Zendesk, and the agent has waited long enough.
 */
async function requestWithTimeout(
  client: ZafClient,
  clock: Clock,
  url: string,
  timeoutMs: number,
  signal: AbortSignal | undefined
): Promise<ZafHttpResponse | 'timeout'> {
  const timer = new AbortController()
  const onAbort = () => timer.abort()
  signal?.addEventListener('abort', onAbort, { once: true })
  try {
    const expired = clock.sleep(timeoutMs, timer.signal).then(
      () => 'timeout' as const,
      () => 'stopped' as const
    )
    // ZafClient.request does not reject for HTTP errors; anything that still throws is a failed connection.
    const request = client.request({ url, type: 'GET' }).catch((): ZafHttpResponse => networkFailure)
    const answered = await Promise.race([request, expired])
    if (signal?.aborted) throw abortError(signal)
    return answered === 'stopped' ? 'timeout' : answered
  } finally {
    signal?.removeEventListener('abort', onAbort)
    timer.abort()
  }
}

const networkFailure: ZafHttpResponse = { status: 0, responseText: '', headers: {} }

function classify(response: ZafHttpResponse): ZendeskResult<unknown> {
  const { status } = response
  if (status >= 200 && status < 300) {
    const body = response.responseJSON !== undefined ? response.responseJSON : parseJson(response.responseText)
    return body === undefined ? failure({ kind: 'malformed', status }) : { ok: true, value: body }
  }
  if (status === 0) return failure({ kind: 'network' })
  if (status === 401 || status === 403) return failure({ kind: 'forbidden', status })
  if (status === 404) return failure({ kind: 'notFound', status })
  if (status === 429) return failure({ kind: 'rateLimited', status })
  return failure({ kind: 'server', status })
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

/** Retry-After is delta-seconds or an HTTP date; anything else is unreadable. */
export function retryAfterSeconds(header: string | undefined, now: number): number | null {
  if (header === undefined) return null
  const text = header.trim()
  if (/^\d+$/.test(text)) return Number(text)
  // An HTTP date always names its weekday and month; this keeps Date.parse from reading "-5" as a year.
  if (!/[a-z]{3}/i.test(text)) return null
  const date = Date.parse(text)
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000))
}

/** "Equal jitter": half the exponential step is fixed, half random, so clients spread out but always back off. */
export function backoffMs(retryNumber: number, retry: RetryPolicy, random: () => number): number {
  const step = Math.min(retry.maxBackoffMs, retry.baseBackoffMs * 2 ** (retryNumber - 1))
  return Math.round(step / 2 + random() * (step / 2))
}

function failure(error: ZendeskError): ZendeskResult<never> {
  return { ok: false, error }
}
