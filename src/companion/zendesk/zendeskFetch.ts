/**
 * GET against the account's Zendesk REST API with the companion's API token, with the same failure policy as the
 * sidebar's transport (Retry-After on 429, bounded backoff on 5xx and network failures, typed errors) plus a
 * request budget: one companion call never makes more than `budget` requests, and a reader that runs out marks
 * its answer partial instead of hammering the account's shared rate limit. Runtime-neutral: `fetch` is passed in.
 */
import type { ZendeskError, ZendeskResult } from '../../zendesk/zendeskError'
import { backoffMs, retryAfterSeconds, type RetryPolicy } from '../../zendesk/zendeskTransport'

/** A serverless call cannot wait a minute: longer Retry-After values are reported (as rateLimited) instead. */
export const companionRetryPolicy: RetryPolicy = {
  maxRateLimitRetries: 2,
  maxRetryAfterSeconds: 10,
  defaultRetryAfterSeconds: 2,
  maxTransientRetries: 2,
  baseBackoffMs: 250,
  maxBackoffMs: 2000
}

export const zendeskRequestTimeoutMs = 10_000

export interface ZendeskFetchOptions {
  /** `https://acme.zendesk.com`, or the demo host's fake API. */
  apiUrl: string
  email: string
  apiToken: string
  budget: number
  fetch: typeof fetch
  sleep?: (ms: number) => Promise<void>
  now?: () => number
  random?: () => number
  retry?: RetryPolicy
}

export interface ZendeskReader {
  /** A relative `/api/v2/...` path; `budgetExhausted` when the call's budget is spent. */
  getJson(path: string): Promise<ZendeskResult<unknown>>
  /** Requests sent so far, retries included. */
  requestsMade(): number
  budgetExhausted(): boolean
}

export const budgetExhaustedError: ZendeskError = { kind: 'rateLimited', status: 0 }

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export function createZendeskReader(options: ZendeskFetchOptions): ZendeskReader {
  const sleep = options.sleep ?? sleepFor
  const now = options.now ?? Date.now
  const random = options.random ?? Math.random
  const retry = options.retry ?? companionRetryPolicy
  const authorization = `Basic ${base64(`${options.email}/token:${options.apiToken}`)}`
  let requests = 0
  let exhausted = false

  async function send(path: string): Promise<Response | 'network'> {
    requests += 1
    try {
      return await options.fetch(`${options.apiUrl}${path}`, {
        headers: { authorization, accept: 'application/json' },
        signal: AbortSignal.timeout(zendeskRequestTimeoutMs)
      })
    } catch {
      return 'network'
    }
  }

  async function getJson(path: string): Promise<ZendeskResult<unknown>> {
    let rateLimitRetries = 0
    let transientRetries = 0
    for (;;) {
      if (requests >= options.budget) {
        exhausted = true
        return { ok: false, error: budgetExhaustedError }
      }
      const response = await send(path)
      if (response !== 'network' && response.ok) {
        try {
          return { ok: true, value: (await response.json()) as unknown }
        } catch {
          return { ok: false, error: { kind: 'malformed', status: response.status } }
        }
      }
      const status = response === 'network' ? 0 : response.status
      if (response !== 'network') await response.body?.cancel()
      if (status === 429) {
        const header = response === 'network' ? undefined : (response.headers.get('retry-after') ?? undefined)
        const seconds = retryAfterSeconds(header, now()) ?? retry.defaultRetryAfterSeconds
        if (rateLimitRetries >= retry.maxRateLimitRetries || seconds > retry.maxRetryAfterSeconds) {
          return { ok: false, error: { kind: 'rateLimited', status, retryAfterSeconds: seconds } }
        }
        rateLimitRetries += 1
        await sleep(seconds * 1000)
        continue
      }
      if (status === 0 || status >= 500) {
        if (transientRetries >= retry.maxTransientRetries) {
          return { ok: false, error: status === 0 ? { kind: 'network' } : { kind: 'server', status } }
        }
        transientRetries += 1
        await sleep(backoffMs(transientRetries, retry, random))
        continue
      }
      if (status === 401 || status === 403) return { ok: false, error: { kind: 'forbidden', status } }
      if (status === 404) return { ok: false, error: { kind: 'notFound', status } }
      return { ok: false, error: { kind: 'server', status } }
    }
  }

  return { getJson, requestsMade: () => requests, budgetExhausted: () => exhausted }
}

/** btoa needs Latin-1; an e-mail address or token may not be. */
function base64(text: string): string {
  let binary = ''
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte)
  return btoa(binary)
}
