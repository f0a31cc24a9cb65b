/**
 * What Zendesk's proxy does for a `client.request` with `secure: true`, done on the demo host's server (where the
 * secure settings live; the page never sees them): `{{setting.<name>}}` placeholders are filled from the
 * installation's settings, a `jwt` option is signed (HS256 with its `secret_key`, `exp` = now + `expiry`, `iat`
 * unless given, the claims as passed) and put where `{{jwt.token}}` stands, and the request goes out only to a
 * host in the manifest's domainWhitelist (loopback too, as the demo's companion runs there).
 */
import { Hono } from 'hono'
import { SignJWT } from 'jose'

export interface InstallationSettings {
  /** Given to the app in its metadata, like Zendesk does. */
  visible: Record<string, unknown>
  /** Only ever substituted here, like Zendesk's secure settings. */
  secure: Record<string, string>
}

interface JwtOption {
  algorithm?: unknown
  secret_key?: unknown
  expiry?: unknown
  claims?: unknown
}

type Options = Record<string, unknown>

const loopbackHosts = new Set(['127.0.0.1', 'localhost'])
/** Between the host's server and its page only: "the target did not answer". */
export const unreachableStatus = 599

export function createSecureRequestRoutes(input: {
  installation: InstallationSettings
  domainWhitelist: string[]
}): Hono {
  const routes = new Hono()
  routes.post('/secure-request', async (c) => {
    const options = (await c.req.json().catch(() => ({}))) as Options
    const fill = (text: string) => fillSettings(text, input.installation)
    let url: URL
    try {
      url = new URL(fill(String(options.url ?? '')))
    } catch {
      return c.json({ error: 'secure requests need an absolute URL' }, 400)
    }
    if (!loopbackHosts.has(url.hostname) && !input.domainWhitelist.includes(url.hostname)) {
      return c.json({ error: `${url.hostname} is not in the manifest's domainWhitelist` }, 403)
    }
    const token = options.jwt ? await signJwt(options.jwt as JwtOption, fill) : null
    const withToken = (text: string) => (token === null ? text : text.replaceAll('{{jwt.token}}', token))
    const headers = new Headers()
    for (const [name, value] of Object.entries((options.headers as Record<string, unknown>) ?? {})) {
      headers.set(name, withToken(fill(String(value))))
    }
    if (typeof options.contentType === 'string') headers.set('content-type', options.contentType)
    const method = String(options.type ?? 'GET').toUpperCase()
    const body = method === 'GET' || typeof options.data !== 'string' ? undefined : withToken(fill(options.data))
    try {
      const answer = await fetch(new URL(withToken(url.toString())), { method, headers, body })
      return new Response(answer.body, { status: answer.status, headers: answer.headers })
    } catch {
      // The page reports this as a network failure (status 0), as ZAF does when the target does not answer.
      return new Response(null, { status: unreachableStatus })
    }
  })
  return routes
}

function fillSettings(text: string, installation: InstallationSettings): string {
  return text.replace(/\{\{\s*setting\.(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = installation.secure[name] ?? installation.visible[name]
    return value === undefined || value === null ? '' : String(value)
  })
}

async function signJwt(option: JwtOption, fill: (text: string) => string): Promise<string> {
  const nowSeconds = Math.floor(Date.now() / 1000)
  const claims = typeof option.claims === 'object' && option.claims !== null ? (option.claims as Options) : {}
  const expiry = typeof option.expiry === 'number' ? option.expiry : 60
  const filled = Object.fromEntries(
    Object.entries(claims).map(([name, value]) => [name, typeof value === 'string' ? fill(value) : value])
  )
  return new SignJWT({ iat: nowSeconds, ...filled, exp: nowSeconds + expiry })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .sign(new TextEncoder().encode(fill(String(option.secret_key ?? ''))))
}
