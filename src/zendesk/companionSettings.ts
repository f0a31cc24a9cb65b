/**
 * The companion's settings as the app sees them. `companionSecret` is a secure parameter: Zendesk never hands it
 * to the browser, only its proxy fills `{{setting.companionSecret}}` when signing the token. So the app turns the
 * companion on when the URL is set, and a missing secret shows up as the companion rejecting the call.
 */
export const companionParameterNames = ['companionUrl', 'companionSecret', 'companionTimeoutMs'] as const

export const companionTimeoutLimits = { min: 500, max: 30_000, fallback: 4_000 } as const

export type CompanionSettings =
  { enabled: false; problem: 'badUrl' | 'badTimeout' | null } | { enabled: true; url: string; timeoutMs: number }

/** https only, except loopback (the demo host runs the companion on 127.0.0.1). */
function companionBaseUrl(text: string): string | null {
  try {
    const url = new URL(text)
    const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost'
    if (url.protocol !== 'https:' && !(loopback && url.protocol === 'http:')) return null
    return url.origin + url.pathname.replace(/\/+$/, '')
  } catch {
    return null
  }
}

export function parseCompanionSettings(raw: Record<string, unknown>): CompanionSettings {
  const urlText = typeof raw.companionUrl === 'string' ? raw.companionUrl.trim() : ''
  if (urlText === '') return { enabled: false, problem: null }
  const url = companionBaseUrl(urlText)
  if (url === null) return { enabled: false, problem: 'badUrl' }
  const timeoutRaw = raw.companionTimeoutMs
  if (timeoutRaw === undefined || timeoutRaw === null || timeoutRaw === '') {
    return { enabled: true, url, timeoutMs: companionTimeoutLimits.fallback }
  }
  const timeoutMs = Number(timeoutRaw)
  const { min, max } = companionTimeoutLimits
  if (!Number.isInteger(timeoutMs) || timeoutMs < min || timeoutMs > max)
    return { enabled: false, problem: 'badTimeout' }
  return { enabled: true, url, timeoutMs }
}
