/**
 * One history loader per ZAF client and history settings, so the load started the moment ZAF registers the app
 * (before the sidebar's chunk has arrived, see ClientContext) and the sidebar's own load are the same flight:
 * the requests go out one chunk download earlier, and none is made twice.
 */
import {
  createRequesterHistoryLoader,
  parseRapportSettings,
  type HistoryResult,
  type HistorySettings,
  type LoadProgress,
  type RequesterHistoryLoader,
  type ZafClient
} from '../../zendesk'
import type { LoaderOverrides } from '../contexts/ClientContext'

const loadersByClient = new WeakMap<ZafClient, Map<string, RequesterHistoryLoader>>()

export function requesterLoaderFor(
  client: ZafClient,
  settings: HistorySettings,
  overrides: LoaderOverrides = {}
): RequesterHistoryLoader {
  const loaders = loadersByClient.get(client) ?? new Map<string, RequesterHistoryLoader>()
  loadersByClient.set(client, loaders)
  const key = JSON.stringify(settings)
  let loader = loaders.get(key)
  if (!loader) {
    loader = createRequesterHistoryLoader({ ...overrides, client, settings })
    loaders.set(key, loader)
  }
  return loader
}

/**
 * The load started at registration, handed over whole to the sidebar's first load: its result and its progress
 * (a preview already shown is told again). Joining it by key instead (a second `load`) raced its end: a failure
 * that landed during the sidebar's own ZAF context read meant a second flight, and Zendesk asked twice.
 */
export interface EarlyLoad {
  result: Promise<HistoryResult>
  /** Calls `onProgress` with the latest progress so far, then with each later one; returns the unsubscribe. */
  listen(onProgress: (progress: LoadProgress) => void): () => void
}

const earlyLoads = new WeakMap<RequesterHistoryLoader, EarlyLoad>()

/** Starts loading the open ticket's requester with the installation's settings; the sidebar takes it over later. */
export function startRequesterHistory(
  client: ZafClient,
  rawSettings: Record<string, unknown>,
  overrides: LoaderOverrides
): void {
  const { settings } = parseRapportSettings(rawSettings)
  const loader = requesterLoaderFor(client, settings.history, overrides)
  let latest: LoadProgress | null = null
  const listeners = new Set<(progress: LoadProgress) => void>()
  const result = loader.load({
    onProgress: (progress) => {
      latest = progress
      listeners.forEach((listener) => listener(progress))
    }
  })
  // Nobody may be listening yet; the sidebar handles a rejection when it takes the load over.
  result.catch(() => undefined)
  earlyLoads.set(loader, {
    result,
    listen(onProgress) {
      listeners.add(onProgress)
      if (latest) onProgress(latest)
      return () => listeners.delete(onProgress)
    }
  })
}

/** The early load for the sidebar's first load, once; null for every later load (a retry, a ticket event). */
export function takeEarlyLoad(loader: RequesterHistoryLoader): EarlyLoad | null {
  const early = earlyLoads.get(loader) ?? null
  earlyLoads.delete(loader)
  return early
}
