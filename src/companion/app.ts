/**
 * The Rapport companion: one fetch-standard Hono app, the same on Node, Workers and Lambda (adapters/ only hand
 * it requests). Nothing here imports a runtime: `fetch`, the clock and the topic cache come in as dependencies.
 *
 *   GET  /v1/health               liveness; no token needed, says nothing about the account
 *   POST /v1/score                { texts } → tone readings in the same order
 *   POST /v1/requester-health     { requesterId, ticketId? } → the whole history's scorecard, trend, patterns
 *   POST /v1/organization-health  { organizationId } → the account's health and the requesters most at risk
 *   POST /v1/next-topics          { topic } → what the account's customers asked next, with counts, confidence
 *
 * Order of the guards: CORS (so preflights are answered), then the token, then the body limit, then the body's
 * shape. The log gets one line per request — route, status, time, Zendesk requests — and never a body.
 */
import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { cors } from 'hono/cors'
import * as v from 'valibot'
import {
  analyzeRelationship,
  cleanCustomerText,
  defaultInsightSettings,
  nextTopics,
  organizationHealth,
  readSentiment
} from '../insight'
import type { ZendeskError } from '../zendesk/zendeskError'
import { requireCompanionToken, type AuthVariables } from './auth'
import type { CompanionConfig } from './config'
import { requesterHealthSummary, scoreSummary } from './healthSummaries'
import { nextTopicsBody, organizationHealthBody, requesterHealthBody, scoreBody } from './requestBodies'
import type { TopicModelCache } from './topicModelCache'
import { currentTopicModel } from './topicModel'
import { readOrganizationAccount } from './zendesk/organizationAccount'
import { readWholeHistory } from './zendesk/wholeHistory'
import { createZendeskReader, type ZendeskReader } from './zendesk/zendeskFetch'

export interface CompanionDependencies {
  config: CompanionConfig
  /** For Zendesk requests. */
  fetch: typeof fetch
  topicCache: TopicModelCache
  log?: (line: string) => void
  now?: () => number
  sleep?: (ms: number) => Promise<void>
}

type Env = { Variables: AuthVariables & { zendeskRequests: number } }

const settings = defaultInsightSettings

export function createCompanionApp(deps: CompanionDependencies): Hono {
  const { config } = deps
  const log = deps.log ?? ((line: string) => console.log(line))
  const now = deps.now ?? Date.now
  const app = new Hono<Env>()

  app.use('*', async (c, next) => {
    const started = now()
    await next()
    const line = { route: c.req.path, method: c.req.method, status: c.res.status, ms: now() - started }
    log(JSON.stringify({ ...line, zendeskRequests: c.get('zendeskRequests') ?? 0 }))
  })
  app.use(
    '*',
    cors({
      origin: (origin) => (config.allowedOrigins.includes(origin) ? origin : null),
      allowMethods: ['GET', 'POST', 'OPTIONS'],
      allowHeaders: ['Authorization', 'Content-Type'],
      maxAge: 600
    })
  )
  app.get('/v1/health', (c) => c.json({ ok: true, service: 'rapport-companion', api: 1 }))
  app.use(
    '/v1/*',
    requireCompanionToken({
      secret: config.secret,
      subdomain: config.subdomain,
      onRejected: (reason) => log(JSON.stringify({ rejected: reason }))
    })
  )
  app.use('/v1/*', bodyLimit({ maxSize: config.bodyLimitBytes, onError: (c) => c.json({ error: 'tooLarge' }, 413) }))

  const zendeskReader = (c: Context<Env>): ZendeskReader => {
    const reader = createZendeskReader({
      apiUrl: config.zendeskApiUrl,
      email: config.zendeskEmail,
      apiToken: config.zendeskApiToken,
      budget: config.requestBudget,
      fetch: deps.fetch,
      now,
      ...(deps.sleep ? { sleep: deps.sleep } : {})
    })
    const counted: ZendeskReader = {
      ...reader,
      getJson: async (path) => {
        const answer = await reader.getJson(path)
        c.set('zendeskRequests', reader.requestsMade())
        return answer
      }
    }
    return counted
  }

  app.post('/v1/score', async (c) => {
    const body = await readBody(c, scoreBody)
    if (!body.ok) return body.response
    const results = body.value.texts.map((text) => scoreSummary(readSentiment(cleanCustomerText(text))))
    return c.json({ results })
  })

  app.post('/v1/requester-health', async (c) => {
    const body = await readBody(c, requesterHealthBody)
    if (!body.ok) return body.response
    const reader = zendeskReader(c)
    const whole = await readWholeHistory({
      requesterId: body.value.requesterId,
      ticketId: body.value.ticketId ?? c.get('claims').ticketId ?? null,
      reader,
      now: now()
    })
    if (!whole.ok) return zendeskFailure(c, whole.error)
    const insight = analyzeRelationship(whole.value.history, settings, new Date(now()))
    return c.json({ ...requesterHealthSummary(whole.value, insight), zendeskRequests: reader.requestsMade() })
  })

  app.post('/v1/organization-health', async (c) => {
    const body = await readBody(c, organizationHealthBody)
    if (!body.ok) return body.response
    const reader = zendeskReader(c)
    const account = await readOrganizationAccount(body.value.organizationId, reader)
    if (!account.ok) return zendeskFailure(c, account.error)
    const health = organizationHealth(account.value.histories, settings, new Date(now()))
    // The agent needs to know who is at risk: names, as the sidebar already shows them, never their words.
    const names = new Map(account.value.histories.map(({ requester }) => [requester.id, requester.name]))
    return c.json({
      organizationId: account.value.organization.id,
      name: account.value.organization.name,
      ...health,
      atRisk: health.atRisk.map((entry) => ({ ...entry, name: names.get(entry.requesterId) ?? '' })),
      partial: account.value.partial || reader.budgetExhausted(),
      zendeskRequests: reader.requestsMade()
    })
  })

  app.post('/v1/next-topics', async (c) => {
    const body = await readBody(c, nextTopicsBody)
    if (!body.ok) return body.response
    const reader = zendeskReader(c)
    const model = await currentTopicModel({
      account: config.subdomain,
      cache: deps.topicCache,
      reader,
      settings,
      now: now(),
      refreshSeconds: config.topicCacheSeconds
    })
    if (!model.ok) return zendeskFailure(c, model.error)
    return c.json({
      ...nextTopics(model.transitions, body.value.topic),
      source: model.source,
      partial: model.partial,
      zendeskRequests: reader.requestsMade()
    })
  })

  app.notFound((c) => c.json({ error: 'notFound' }, 404))
  app.onError((_error, c) => c.json({ error: 'internal' }, 500))
  // Callers only hand it requests: the route variables are the app's own business.
  return app as unknown as Hono
}

/** When the environment is incomplete: every call says so (naming variables, never values). */
export function createUnconfiguredApp(problems: string[]): Hono {
  const app = new Hono()
  app.all('*', (c) => c.json({ error: 'notConfigured', problems }, 503))
  return app
}

type BodyResult<T> = { ok: true; value: T } | { ok: false; response: Response }

async function readBody<T>(c: Context<Env>, schema: v.GenericSchema<unknown, T>): Promise<BodyResult<T>> {
  let raw: unknown
  try {
    raw = await c.req.json()
  } catch {
    return { ok: false, response: c.json({ error: 'badJson' }, 400) }
  }
  const parsed = v.safeParse(schema, raw)
  if (!parsed.success) {
    const fields = [...new Set(parsed.issues.map((issue) => v.getDotPath(issue) ?? '(body)'))]
    return { ok: false, response: c.json({ error: 'badRequest', fields }, 400) }
  }
  return { ok: true, value: parsed.output }
}

/** Zendesk's answer as the caller should see it: a missing record is 404, anything else is upstream trouble. */
function zendeskFailure(c: Context<Env>, error: ZendeskError): Response {
  if (error.kind === 'notFound') return c.json({ error: 'notFound' }, 404)
  if (error.kind === 'rateLimited') {
    c.header('Retry-After', String(error.retryAfterSeconds ?? 60))
    return c.json({ error: 'zendeskRateLimited' }, 503)
  }
  if (error.kind === 'forbidden') return c.json({ error: 'zendeskRejectedCompanion' }, 502)
  return c.json({ error: 'zendeskUnavailable' }, 502)
}
