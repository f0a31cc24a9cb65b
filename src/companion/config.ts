/**
 * The companion's configuration, from environment variables only (Node `process.env`, Workers `env`, Lambda
 * environment), read once per process or isolate. Secrets never appear in a message: a problem names the
 * variable, never its value.
 *
 *   RAPPORT_COMPANION_SECRET   shared secret of the app's `companionSecret` setting (HS256), at least 32 chars
 *   ZENDESK_SUBDOMAIN          the account (`acme` for acme.zendesk.com): the tokens' `iss`
 *   ZENDESK_EMAIL              the API user the companion reads Zendesk as
 *   ZENDESK_API_TOKEN          that user's API token
 *   RAPPORT_ALLOWED_ORIGINS    comma-separated origins CORS answers; default https://<subdomain>.zendesk.com
 *   ZENDESK_API_URL            another base URL for the API (the demo host's fake API); default the account's
 *   RAPPORT_BODY_LIMIT_BYTES   largest request body; default 1 MB
 *   RAPPORT_REQUEST_BUDGET     Zendesk requests one call may make; default 250
 *   RAPPORT_TOPIC_CACHE_SECONDS  how long the topic-transition counts are served without asking Zendesk; default 900
 *   PORT                       Node entry only; default 8787
 */
export interface CompanionConfig {
  secret: string
  subdomain: string
  zendeskEmail: string
  zendeskApiToken: string
  allowedOrigins: string[]
  zendeskApiUrl: string
  bodyLimitBytes: number
  requestBudget: number
  topicCacheSeconds: number
}

export type CompanionEnv = Record<string, string | undefined>

export type ConfigResult = { ok: true; config: CompanionConfig } | { ok: false; problems: string[] }

export const companionDefaults = {
  bodyLimitBytes: 1_048_576,
  requestBudget: 250,
  topicCacheSeconds: 900,
  port: 8787,
  minimumSecretLength: 32
} as const

const required = ['RAPPORT_COMPANION_SECRET', 'ZENDESK_SUBDOMAIN', 'ZENDESK_EMAIL', 'ZENDESK_API_TOKEN'] as const

export function readCompanionConfig(env: CompanionEnv): ConfigResult {
  const problems: string[] = []
  const text = (name: string) => env[name]?.trim() ?? ''
  for (const name of required) if (text(name) === '') problems.push(`${name} is not set`)
  const secret = text('RAPPORT_COMPANION_SECRET')
  if (secret !== '' && secret.length < companionDefaults.minimumSecretLength) {
    problems.push(`RAPPORT_COMPANION_SECRET must be at least ${companionDefaults.minimumSecretLength} characters`)
  }
  const subdomain = text('ZENDESK_SUBDOMAIN').toLowerCase()
  if (subdomain !== '' && !/^[a-z0-9][a-z0-9-]*$/.test(subdomain)) {
    problems.push('ZENDESK_SUBDOMAIN must be the subdomain alone (acme for acme.zendesk.com)')
  }
  const whole = (name: string, fallback: number) => {
    const raw = text(name)
    if (raw === '') return fallback
    const value = Number(raw)
    if (Number.isInteger(value) && value > 0) return value
    problems.push(`${name} must be a positive whole number`)
    return fallback
  }
  const bodyLimitBytes = whole('RAPPORT_BODY_LIMIT_BYTES', companionDefaults.bodyLimitBytes)
  const requestBudget = whole('RAPPORT_REQUEST_BUDGET', companionDefaults.requestBudget)
  const topicCacheSeconds = whole('RAPPORT_TOPIC_CACHE_SECONDS', companionDefaults.topicCacheSeconds)
  const origins = text('RAPPORT_ALLOWED_ORIGINS')
  const allowedOrigins = (origins === '' ? `https://${subdomain}.zendesk.com` : origins)
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '')
  const zendeskApiUrl = (text('ZENDESK_API_URL') || `https://${subdomain}.zendesk.com`).replace(/\/+$/, '')
  if (!/^https?:\/\//.test(zendeskApiUrl)) problems.push('ZENDESK_API_URL must be an http(s) URL')
  if (problems.length > 0) return { ok: false, problems }
  return {
    ok: true,
    config: {
      secret,
      subdomain,
      zendeskEmail: text('ZENDESK_EMAIL'),
      zendeskApiToken: text('ZENDESK_API_TOKEN'),
      allowedOrigins,
      zendeskApiUrl,
      bodyLimitBytes,
      requestBudget,
      topicCacheSeconds
    }
  }
}
