/**
 * Calls to the Rapport companion, through ZAF's `client.request` so Zendesk's proxy does the secret work: it
 * fills `{{setting.companionSecret}}` (a secure setting the browser never sees), signs the HS256 token and puts
 * it where `{{jwt.token}}` stands. The companion's host must be in the manifest's domainWhitelist.
 * Every failure is one of four reasons the sidebar names to the admin; none of them blocks the sidebar.
 */
import * as v from 'valibot'
import type { Clock } from './clock'
import {
  nextTopicsAnswer,
  organizationHealthAnswer,
  requesterHealthAnswer,
  type NextTopicsAnswer,
  type OrganizationHealthAnswer,
  type RequesterHealthAnswer
} from './companionResponses'
import type { ZafClient, ZafHttpResponse } from './zafSdkWrapper'

/** slow: no answer within the timeout · down: no connection · rejected: 401/403 (secret or account) · failed: anything else. */
export type CompanionUnavailable = 'slow' | 'down' | 'rejected' | 'failed'

export type CompanionResult<T> = { ok: true; value: T } | { ok: false; reason: CompanionUnavailable }

/** The token lives a minute: long enough for the proxy hop, short enough to be useless if it leaks. */
const tokenExpirySeconds = 60
const companionAudience = 'rapport-companion'

export interface CompanionClient {
  requesterHealth(requesterId: number, ticketId: number): Promise<CompanionResult<RequesterHealthAnswer>>
  organizationHealth(organizationId: number): Promise<CompanionResult<OrganizationHealthAnswer>>
  nextTopics(topic: string): Promise<CompanionResult<NextTopicsAnswer>>
}

export function createCompanionClient(options: {
  client: ZafClient
  url: string
  timeoutMs: number
  /** The account's subdomain: the token's `iss`. */
  subdomain: string
  ticketId: number
  clock: Clock
}): CompanionClient {
  const { client, clock } = options

  async function call<T>(
    path: string,
    body: unknown,
    schema: v.GenericSchema<unknown, T>
  ): Promise<CompanionResult<T>> {
    const timer = new AbortController()
    const request = client.request({
      url: `${options.url}${path}`,
      type: 'POST',
      contentType: 'application/json',
      data: JSON.stringify(body),
      secure: true,
      cors: false,
      headers: { Authorization: 'Bearer {{jwt.token}}' },
      jwt: {
        algorithm: 'HS256',
        secret_key: '{{setting.companionSecret}}',
        expiry: tokenExpirySeconds,
        claims: {
          iss: options.subdomain,
          aud: companionAudience,
          iat: Math.floor(clock.now() / 1000),
          ticket_id: options.ticketId
        }
      }
    })
    const expired = clock.sleep(options.timeoutMs, timer.signal).then(
      () => 'slow' as const,
      () => 'slow' as const
    )
    try {
      const answer: ZafHttpResponse | 'slow' = await Promise.race([request, expired])
      if (answer === 'slow') return { ok: false, reason: 'slow' }
      if (answer.status === 0) return { ok: false, reason: 'down' }
      if (answer.status === 401 || answer.status === 403) return { ok: false, reason: 'rejected' }
      if (answer.status < 200 || answer.status >= 300) return { ok: false, reason: 'failed' }
      const parsed = v.safeParse(schema, answer.responseJSON)
      return parsed.success ? { ok: true, value: parsed.output } : { ok: false, reason: 'failed' }
    } finally {
      timer.abort()
    }
  }

  return {
    requesterHealth: (requesterId, ticketId) =>
      call('/v1/requester-health', { requesterId, ticketId }, requesterHealthAnswer),
    organizationHealth: (organizationId) =>
      call('/v1/organization-health', { organizationId }, organizationHealthAnswer),
    nextTopics: (topic) => call('/v1/next-topics', { topic }, nextTopicsAnswer)
  }
}
