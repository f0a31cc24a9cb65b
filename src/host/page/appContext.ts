import type { AppMetadata } from './sidebarInstance'

/** The manifest fields the host reads (dist/manifest.json, as Zendesk reads it when the app is installed). */
export interface ManifestJson {
  name?: string
  version?: string
  parameters?: Array<{ name: string; type?: string; default?: unknown; secure?: boolean }>
}

/**
 * The metadata app.registered carries. Settings are the manifest parameters' defaults, as after a fresh install,
 * then the installation's own settings, overridden by `?setting.<name>=<value>` on the page URL — given as the text an admin would type (a checkbox
 * as a boolean), so invalid values can be tried.
 */
export function appMetadata(
  manifest: ManifestJson,
  params: URLSearchParams,
  installed: Record<string, unknown> = {}
): AppMetadata {
  const settings: Record<string, unknown> = {}
  for (const parameter of manifest.parameters ?? []) {
    if (parameter.default !== undefined) settings[parameter.name] = parameter.default
  }
  Object.assign(settings, installed)
  for (const [name, value] of params) {
    if (!name.startsWith('setting.')) continue
    const key = name.slice('setting.'.length)
    const parameter = manifest.parameters?.find((candidate) => candidate.name === key)
    // Like Zendesk, secure settings never reach the app; the server fills them into secure requests.
    if (parameter?.secure) continue
    const type = parameter?.type
    settings[key] = type === 'checkbox' ? value === 'true' : value
  }
  return { appId: 1, installationId: 1, name: manifest.name ?? 'App', version: manifest.version ?? '0.0.0', settings }
}

/**
 * Where the app iframe is served from: the page's twin host (127.0.0.1 ↔ localhost, same server), so the SDK
 * talks across origins as it does in Zendesk; `?sameOrigin=1` keeps it on the page's origin.
 */
export function appOrigin(
  location: { protocol: string; hostname: string; port: string; origin: string },
  params: URLSearchParams
): string {
  if (params.get('sameOrigin') === '1') return location.origin
  const twin = location.hostname === '127.0.0.1' ? 'localhost' : location.hostname === 'localhost' ? '127.0.0.1' : null
  return twin === null
    ? location.origin
    : `${location.protocol}//${twin}${location.port === '' ? '' : `:${location.port}`}`
}
