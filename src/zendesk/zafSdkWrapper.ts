/**
 * The typed face of the ZAF SDK client. Everything Rapport asks of Zendesk goes through this interface, so the
 * rest of the data layer (and its tests) never touch `window.ZAFClient` or the postMessage protocol.
 * This file only imports the SDK's types: the SDK itself reads `window` when loaded, so it is loaded by
 * zafClient.ts alone and everything else here runs anywhere (Node tests, benchmarks).
 */
import type { ZafEventHandler, ZafSdkClient } from 'zendesk_app_framework_sdk'

export type { ZafEventHandler, ZafSdkClient }

export interface ZafRequestOptions {
  /** Relative Zendesk API path (`/api/v2/...`): ZAF sends it with the agent's session. */
  url: string
  type?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  data?: string
  contentType?: string
  headers?: Record<string, string>
  /** Through Zendesk's proxy, which fills `{{setting.*}}` secure settings and signs `jwt` (the companion's calls). */
  secure?: boolean
  cors?: boolean
  jwt?: { algorithm: 'HS256'; secret_key: string; expiry: number; claims?: Record<string, unknown> }
}

/**
 * ZAF's complete HTTP response (`httpCompleteResponse: true`), the same shape for successes and failures.
 * `status` 0 means the request never got an HTTP answer (network failure). Header names are lower-case.
 */
export interface ZafHttpResponse {
  status: number
  responseText: string
  /** Absent when the body was not JSON. */
  responseJSON?: unknown
  headers: Record<string, string>
}

export interface ZafMetadata {
  appId: number | null
  installationId: number | null
  name: string
  version: string
  /** Raw app settings (manifest parameters) as ZAF gives them: parse with parseRapportSettings. */
  settings: Record<string, unknown>
}

export interface ZafContext {
  location: string
  instanceGuid: string
  product: string
  ticketId: number | null
  subdomain: string | null
}

export interface ZafClient {
  /** The value at a ZAF path (e.g. `ticket.id`); ZAF answers `{ [path]: value, errors }` and errors reject. */
  get(path: string): Promise<unknown>
  /** Same, with the value checked by `parse` (which throws on a value of the wrong shape). */
  get<T>(path: string, parse: (value: unknown) => T): Promise<T>
  /** Never rejects for HTTP errors (the caller reads `status`); always `httpCompleteResponse`, never ZAF's retries. */
  request(options: ZafRequestOptions): Promise<ZafHttpResponse>
  invoke(name: string, ...args: unknown[]): Promise<unknown>
  on(event: string, handler: ZafEventHandler): void
  off(event: string, handler: ZafEventHandler): void
  metadata(): Promise<ZafMetadata>
  context(): Promise<ZafContext>
}

export function wrapZafSdk(sdk: ZafSdkClient): ZafClient {
  function get(path: string): Promise<unknown>
  function get<T>(path: string, parse: (value: unknown) => T): Promise<T>
  async function get<T>(path: string, parse?: (value: unknown) => T): Promise<unknown> {
    const answer = await sdk.get(path)
    const value = answer[path]
    return parse ? parse(value) : value
  }

  return {
    get,
    async request(options) {
      // Rapport decides itself when to retry (Retry-After, backoff), so ZAF must not retry behind its back.
      const sdkOptions = { type: 'GET', ...options, dataType: 'json', httpCompleteResponse: true, autoRetry: false }
      try {
        return toHttpResponse(await sdk.request(sdkOptions), 200)
      } catch (failure) {
        return toHttpResponse(failure, 0)
      }
    },
    invoke: (name, ...args) => sdk.invoke(name, ...args),
    on: (event, handler) => sdk.on(event, handler),
    off: (event, handler) => {
      sdk.off(event, handler)
    },
    metadata: async () => toMetadata(await sdk.metadata()),
    context: async () => toContext(await sdk.context())
  }
}

function toHttpResponse(raw: unknown, statusWithoutResponse: number): ZafHttpResponse {
  if (!isRecord(raw) || typeof raw.status !== 'number') {
    // A host that ignored httpCompleteResponse answers with the bare body on success.
    return statusWithoutResponse === 0 || raw === undefined
      ? { status: statusWithoutResponse, responseText: '', headers: {} }
      : { status: statusWithoutResponse, responseText: '', responseJSON: raw, headers: {} }
  }
  const response: ZafHttpResponse = {
    status: raw.status,
    responseText: typeof raw.responseText === 'string' ? raw.responseText : '',
    headers: toHeaders(raw.headers)
  }
  if (raw.responseJSON !== undefined) response.responseJSON = raw.responseJSON
  return response
}

/** Headers arrive as an object, or as the raw `getAllResponseHeaders()` text from jQuery-style hosts. */
function toHeaders(raw: unknown): Record<string, string> {
  const headers: Record<string, string> = {}
  if (typeof raw === 'string') {
    for (const line of raw.split(/\r?\n/)) {
      const colon = line.indexOf(':')
      if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
    }
  } else if (isRecord(raw)) {
    for (const [name, value] of Object.entries(raw)) {
      if (typeof value === 'string' || typeof value === 'number') headers[name.toLowerCase()] = String(value)
    }
  }
  return headers
}

function toMetadata(raw: unknown): ZafMetadata {
  const metadata = isRecord(raw) ? raw : {}
  return {
    appId: typeof metadata.appId === 'number' ? metadata.appId : null,
    installationId: typeof metadata.installationId === 'number' ? metadata.installationId : null,
    name: typeof metadata.name === 'string' ? metadata.name : '',
    version: typeof metadata.version === 'string' ? metadata.version : '',
    settings: isRecord(metadata.settings) ? metadata.settings : {}
  }
}

function toContext(raw: unknown): ZafContext {
  const context = isRecord(raw) ? raw : {}
  const account = isRecord(context.account) ? context.account : {}
  return {
    location: typeof context.location === 'string' ? context.location : '',
    instanceGuid: typeof context.instanceGuid === 'string' ? context.instanceGuid : '',
    product: typeof context.product === 'string' ? context.product : '',
    ticketId: typeof context.ticketId === 'number' ? context.ticketId : null,
    subdomain: typeof account.subdomain === 'string' ? account.subdomain : null
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
