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

/** A started load's failure, kept for the sidebar: a success is in the cache, but a failure is not. */
const startedLoads = new WeakMap<RequesterHistoryLoader, { failure: HistoryResult | null }>()

/** Starts loading the open ticket's requester with the installation's settings; the sidebar joins it later. */
export function startRequesterHistory(
  client: ZafClient,
  rawSettings: Record<string, unknown>,
  overrides: LoaderOverrides
): void {
  const { settings } = parseRapportSettings(rawSettings)
  const loader = requesterLoaderFor(client, settings.history, overrides)
  const started: { failure: HistoryResult | null } = { failure: null }
  startedLoads.set(loader, started)
  loader.load().then(
    (result) => {
      if (!result.ok) started.failure = result
    },
    () => startedLoads.delete(loader)
  )
}

/**
 * For the sidebar's first load: the early load's failure if it already failed (so a failing Zendesk is not
 * asked twice); null otherwise, when joining the early load (still running) or the cache (it succeeded) is right.
 */
export function takeEarlyFailure(loader: RequesterHistoryLoader): HistoryResult | null {
  const started = startedLoads.get(loader)
  startedLoads.delete(loader)
  return started?.failure ?? null
}
