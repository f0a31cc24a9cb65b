import { faultScopeHeaderName, faultSpecHeaderName } from '../faults/faultHeaders'

/**
 * `client.request(options)` as ZAF performs it for the app: the parent frame sends the request with the agent's
 * session (here: to the fake API on this origin) and answers the SDK's `request:N` with the response arguments.
 * With `httpCompleteResponse` the argument is `{ status, responseText, responseJSON?, headers }` for success and
 * failure alike (header names lower-case); without it, success gets the parsed body and failure a jqXHR-like object.
 */

export interface ProxiedResponse {
  outcome: 'done' | 'fail'
  status: number
  responseArgs: unknown[]
}

export interface ProxyContext {
  faultSpec: string
  /** Fault counts are kept per scope: the sidebar instance. */
  faultScope: string
  /** Aborted when the sidebar instance closes: its requests are abandoned, the app is gone. */
  signal: AbortSignal
}

/**
 * A proxied request that has not answered by then is abandoned (and answered as a network failure, status 0).
 * Just past the app's own 15 s request timeout, so the app still reports "Zendesk is slow" itself, while an
 * attempt it gave up on never holds a connection much longer: otherwise never-answered requests (the `timeout`
 * fault) would pile up on the browser's six connections per host and every later request of the page would
 * wait behind them. (A closing sidebar instance abandons its requests at once: see SidebarInstance.destroy.)
 */
export const proxiedRequestTimeoutMs = 16_000

type Options = Record<string, unknown>

export async function proxyZafRequest(rawOptions: unknown, context: ProxyContext): Promise<ProxiedResponse> {
  const options: Options = typeof rawOptions === 'string' ? { url: rawOptions } : asOptions(rawOptions)
  const complete = options.httpCompleteResponse === true
  // Zendesk's proxy work for secure requests (settings, JWT) happens on the host's server, where the secrets are.
  const secure = options.secure === true
  const url = secure ? '/host/secure-request' : typeof options.url === 'string' ? localApiUrl(options.url) : null
  if (!url) return failure(0, '', {}, undefined)
  const method = String(options.type ?? options.method ?? 'GET').toUpperCase()
  const headers = new Headers(asStringRecord(options.headers))
  if (context.faultSpec !== '') headers.set(faultSpecHeaderName, context.faultSpec)
  headers.set(faultScopeHeaderName, context.faultScope)
  const contentType = typeof options.contentType === 'string' ? options.contentType : null
  if (contentType) headers.set('Content-Type', contentType)
  // A timer rather than AbortSignal.timeout: the page's clock (which tests may fake) decides when time is up.
  const timeout = new AbortController()
  const timer = setTimeout(() => timeout.abort(), proxiedRequestTimeoutMs)
  const signal = AbortSignal.any([context.signal, timeout.signal])
  let response: Response
  let responseText: string
  try {
    response = await fetch(url, {
      method: secure ? 'POST' : method,
      headers: secure ? { 'content-type': 'application/json' } : headers,
      body: secure
        ? JSON.stringify(options)
        : method === 'GET' || method === 'HEAD'
          ? undefined
          : requestBody(options.data, contentType),
      signal
    })
    responseText = await response.text()
  } catch (error) {
    if (context.signal.aborted) throw error
    return failure(0, '', {}, undefined, signal.aborted ? 'timeout' : 'error')
  } finally {
    clearTimeout(timer)
  }
  if (secure && response.status === 599) return failure(0, '', {}, undefined)
  const responseJSON = parseJson(responseText)
  const responseHeaders: Record<string, string> = {}
  response.headers.forEach((value, name) => {
    responseHeaders[name.toLowerCase()] = value
  })
  const expectsJson = options.dataType === 'json'
  if (!response.ok || (!complete && expectsJson && responseJSON === undefined)) {
    return failure(response.status, responseText, responseHeaders, responseJSON, response.statusText)
  }
  const completeResponse = httpResponse(
    response.status,
    responseText,
    responseHeaders,
    responseJSON,
    response.statusText
  )
  return {
    outcome: 'done',
    status: response.status,
    responseArgs: complete ? [completeResponse] : [responseJSON ?? responseText, 'success', completeResponse]
  }
}

/** Requests go to this origin; absolute URLs to a Zendesk subdomain are served by the fake API too. */
function localApiUrl(raw: string): URL | null {
  const url = new URL(raw, window.location.origin)
  if (url.origin === window.location.origin) return url
  if (url.hostname.endsWith('.zendesk.com') && url.pathname.startsWith('/api/')) {
    return new URL(url.pathname + url.search, window.location.origin)
  }
  return null
}

function failure(
  status: number,
  responseText: string,
  headers: Record<string, string>,
  responseJSON: unknown,
  statusText = status === 0 ? 'error' : ''
): ProxiedResponse {
  return {
    outcome: 'fail',
    status,
    responseArgs: [httpResponse(status, responseText, headers, responseJSON, statusText)]
  }
}

function httpResponse(
  status: number,
  responseText: string,
  headers: Record<string, string>,
  responseJSON: unknown,
  statusText: string
): Record<string, unknown> {
  return {
    status,
    statusText,
    responseText,
    ...(responseJSON === undefined ? {} : { responseJSON }),
    headers
  }
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

function requestBody(data: unknown, contentType: string | null): string | undefined {
  if (data === undefined || data === null) return undefined
  if (typeof data === 'string') return data
  if (contentType?.includes('json')) return JSON.stringify(data)
  return new URLSearchParams(asStringRecord(data)).toString()
}

function asOptions(value: unknown): Options {
  return typeof value === 'object' && value !== null ? (value as Options) : {}
}

function asStringRecord(value: unknown): Record<string, string> {
  const result: Record<string, string> = {}
  for (const [key, item] of Object.entries(asOptions(value))) result[key] = String(item)
  return result
}
