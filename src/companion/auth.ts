/**
 * Every call but /v1/health carries the token Zendesk's proxy signs for the app (`client.request` with `jwt`):
 * `Authorization: Bearer <JWT>`, HS256 with the app's secure `companionSecret` setting. jose checks the
 * signature, `exp` (required, with a little clock tolerance), `iat` (required), `aud` and `iss`; `alg: none`
 * and any algorithm but HS256 are refused before the signature is looked at. Every failure is the same 401:
 * a caller learns nothing about which check failed (the log line records the reason code, no token).
 */
import type { MiddlewareHandler } from 'hono'
import { errors, jwtVerify, type JWTPayload } from 'jose'

export const companionAudience = 'rapport-companion'
/** Zendesk's and the companion's clocks may differ a little; tokens live about a minute. */
const clockToleranceSeconds = 30

export interface TokenClaims {
  /** The account's subdomain. */
  iss: string
  /** The agent (Zendesk user id), when the app names them. */
  sub?: string
  ticketId?: number
}

export type AuthVariables = { claims: TokenClaims }

export function requireCompanionToken(options: {
  secret: string
  subdomain: string
  onRejected?: (reason: string) => void
}): MiddlewareHandler<{ Variables: AuthVariables }> {
  const key = new TextEncoder().encode(options.secret)
  return async (c, next) => {
    const header = c.req.header('authorization') ?? ''
    const match = /^Bearer\s+(\S+)$/i.exec(header)
    if (!match?.[1]) return unauthorized(c, 'missingToken', options.onRejected)
    let payload: JWTPayload
    try {
      ;({ payload } = await jwtVerify(match[1], key, {
        algorithms: ['HS256'],
        audience: companionAudience,
        issuer: options.subdomain,
        clockTolerance: clockToleranceSeconds,
        requiredClaims: ['exp', 'iat']
      }))
    } catch (error) {
      return unauthorized(c, reasonOf(error), options.onRejected)
    }
    const ticketId = Number(payload.ticket_id)
    c.set('claims', {
      iss: options.subdomain,
      ...(typeof payload.sub === 'string' ? { sub: payload.sub } : {}),
      ...(Number.isSafeInteger(ticketId) && ticketId > 0 ? { ticketId } : {})
    })
    await next()
  }
}

function reasonOf(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'expired'
  if (error instanceof errors.JWTClaimValidationFailed) return `claim:${error.claim}`
  if (error instanceof errors.JOSEAlgNotAllowed) return 'algorithm'
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'signature'
  return 'malformed'
}

function unauthorized(
  c: Parameters<MiddlewareHandler>[0],
  reason: string,
  onRejected: ((reason: string) => void) | undefined
) {
  onRejected?.(reason)
  c.header('WWW-Authenticate', 'Bearer realm="rapport-companion"')
  return c.json({ error: 'unauthorized' }, 401)
}
