import { Hono } from 'hono'
import type { Dataset } from '../dataset/datasetTypes'
import { faultScopeHeaderName, faultSpecHeaderName } from '../faults/faultHeaders'
import type { FaultFailure, FaultInjector } from '../faults/faultInjector'
import { matchRoute, type ApiAnswer } from './apiRoutes'

export interface ServedRequest {
  method: string
  pathAndQuery: string
  status: number
}

export interface FakeApiOptions {
  dataset: Dataset
  faults: FaultInjector
  /** The agent `/users/me` answers with. */
  currentUserId: number | null
  onServed?: (request: ServedRequest) => void
}

/** nginx's "client closed request": logged when the caller gave up on a held (latency/timeout) request. */
const clientClosedStatus = 499

/**
 * The fake Zendesk REST API, to be mounted at /api/v2. Every request it serves is reported through `onServed`
 * with its final status (the status a fault produced, when one applied).
 */
export function createFakeZendeskApi(options: FakeApiOptions): Hono {
  const api = new Hono()
  api.all('*', async (c) => {
    const url = new URL(c.req.url)
    const response = await answerRequest(c.req.raw, url, options)
    options.onServed?.({ method: c.req.method, pathAndQuery: url.pathname + url.search, status: response.status })
    return response
  })
  return api
}

async function answerRequest(request: Request, url: URL, options: FakeApiOptions): Promise<Response> {
  const route = matchRoute(url.pathname.replace(/^\/api\/v2/, ''))
  if (!route) return jsonResponse({ status: 404, body: { error: 'InvalidEndpoint', description: 'Not found' } })
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return jsonResponse({ status: 405, body: { error: 'MethodNotAllowed', description: 'The demo API is read-only' } })
  }
  const decision = options.faults.decide(
    route.endpoint,
    request.headers.get(faultSpecHeaderName),
    request.headers.get(faultScopeHeaderName)
  )
  if (!decision.ok)
    return jsonResponse({ status: 400, body: { error: 'InvalidFaultSpec', description: decision.error } })
  const held = AbortSignal.any([request.signal, options.faults.shutdownSignal])
  const { latencyMilliseconds, failure } = decision.value
  // Latency is the time from the request's arrival to its answer, as a remote Zendesk that slow would take,
  // so the fake API's own work (paging, shaping, serialising) is done inside it, not added on top of it: a
  // benchmark's round-trip floor (round trips × latency) is then what a perfect app would wait.
  const arrivedAt = Date.now()
  const answer = route.answer({
    url,
    apiBase: `${url.origin}/api/v2`,
    dataset: options.dataset,
    currentUserId: options.currentUserId
  })
  // The answer, or the fault that replaces it (a fault may need the answer, e.g. to cut it, or may wait longer).
  const ready: Response | FaultFailure = failure ?? jsonResponse(answer)
  const latencyLeft = latencyMilliseconds - (Date.now() - arrivedAt)
  if (latencyLeft > 0 && (await pause(latencyLeft, held))) return abandoned(request)
  return ready instanceof Response ? ready : injectFailure(ready, answer, request, held)
}

async function injectFailure(failure: FaultFailure, answer: ApiAnswer, request: Request, held: AbortSignal) {
  switch (failure.kind) {
    case 'status': {
      const headers: Record<string, string> =
        failure.retryAfterSeconds === null ? {} : { 'Retry-After': String(failure.retryAfterSeconds) }
      return jsonResponse({ status: failure.status, body: errorBody(failure.status) }, headers)
    }
    case 'timeout':
      if (await pause(failure.milliseconds ?? Number.POSITIVE_INFINITY, held)) return abandoned(request)
      return jsonResponse({ status: 504, body: { error: 'GatewayTimeout', description: 'The request timed out' } })
    case 'malformed': {
      const text = JSON.stringify(answer.body)
      return new Response(text.slice(0, Math.ceil(text.length / 2)), {
        status: answer.status,
        headers: { 'Content-Type': 'application/json; charset=utf-8' }
      })
    }
  }
}

/** Error bodies in the shapes Zendesk answers with for these statuses. */
function errorBody(status: number): Record<string, string> {
  switch (status) {
    case 401:
      return { error: "Couldn't authenticate you" }
    case 403:
      return { error: 'Forbidden', description: 'You do not have access to this page.' }
    case 404:
      return { error: 'RecordNotFound', description: 'Not found' }
    case 429:
      return { error: 'TooManyRequests', description: 'You have exceeded the rate limit' }
    case 503:
      return { error: 'ServiceUnavailable', description: 'Zendesk is temporarily unavailable' }
    default:
      return { error: status >= 500 ? 'InternalServerError' : 'InvalidRequest', description: `Status ${status}` }
  }
}

function jsonResponse(answer: ApiAnswer, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(answer.body), {
    status: answer.status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers }
  })
}

function abandoned(request: Request): Response {
  return new Response(null, { status: request.signal.aborted ? clientClosedStatus : 503 })
}

/** Waits, or stops early when the signal aborts; resolves true when it was aborted. */
function pause(milliseconds: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(true)
  return new Promise((resolve) => {
    const timer = Number.isFinite(milliseconds)
      ? setTimeout(() => finish(false), Math.min(milliseconds, 2_147_483_647))
      : undefined
    const onAbort = (): void => finish(true)
    function finish(aborted: boolean): void {
      clearTimeout(timer)
      signal.removeEventListener('abort', onAbort)
      resolve(aborted)
    }
    signal.addEventListener('abort', onAbort)
  })
}
