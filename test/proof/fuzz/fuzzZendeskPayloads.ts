/**
 * Random Zendesk API payloads through the parsing boundary and the real loader. Each case is one sidebar load:
 * every endpoint answers from a generated scenario (shaped payloads with odd fields, random JSON, cut-off JSON,
 * 429s, 5xx, hangs, dropped connections), on the fake SDK and a fake clock, so retries and timeouts cost no real
 * time. Every payload of the case is also handed to each response schema directly.
 * Promises checked: nothing throws; a load ends in a history of clean domain data or a typed error; the
 * history analyses into a bounded insight; parsed settings stay in range; nothing is logged.
 */
import * as v from 'valibot'
import fc from 'fast-check'
import { analyzeRelationship } from '../../../src/insight/analyzeRelationship'
import { defaultInsightSettings } from '../../../src/insight/insightSettings'
import { parseRapportSettings } from '../../../src/zendesk/settings'
import { toComment, toHistoryTicket, toOrganization, toRequester } from '../../../src/zendesk/toDomain'
import type { ZendeskErrorKind } from '../../../src/zendesk/zendeskError'
import { nextPage, startTrail } from '../../../src/zendesk/pagination'
import * as responses from '../../../src/zendesk/zendeskResponses'
import { createFakeZendeskApi } from '../../zendesk/fakes/fakeZendeskApi'
import { openSidebar } from '../../zendesk/fakes/loaderHarness'
import { createCallTimer, warmupCalls, type CallTimes } from '../callBudget'
import {
  arbitraryRawSettings,
  arbitraryZendeskScenario,
  fuzzRequesterId,
  fuzzTicketId,
  scenarioBodies,
  type ZendeskScenario
} from './arbitraryZendeskPayloads'
import { historyViolations, insightViolations, settingsViolations } from './insightBounds'
import { watchConsole } from './watchConsole'

const errorKinds = new Set<ZendeskErrorKind>([
  'noRequester',
  'invalidId',
  'rateLimited',
  'server',
  'network',
  'timeout',
  'forbidden',
  'notFound',
  'malformed'
])

const endpoints: Array<[keyof ZendeskScenario, RegExp]> = [
  ['ticketPages', /\/tickets\/requested\.json/],
  ['related', /\/users\/\d+\/related\.json/],
  ['users', /\/users\/\d+\.json/],
  ['organizations', /\/organizations\/\d+\.json/],
  ['comments', /\/comments\.json/]
]

export interface PayloadFuzzFigures {
  loads: CallTimes
  payloadsParsed: CallTimes
  histories: number
  errors: Partial<Record<string, number>>
  settingsParsed: number
  consoleCalls: number
}

/** Every schema at the boundary, each parsed value turned into domain data the way the loader would. */
function parseEverywhere(body: unknown) {
  const user = v.safeParse(responses.zendeskUser, body)
  if (user.success) toRequester(user.output)
  const organization = v.safeParse(responses.zendeskOrganization, body)
  if (organization.success) toOrganization(organization.output)
  const ticket = v.safeParse(responses.zendeskTicket, body)
  if (ticket.success) toHistoryTicket(ticket.output, undefined)
  const comment = v.safeParse(responses.zendeskComment, body)
  if (comment.success) toComment(comment.output)
  const page = v.safeParse(responses.ticketsPage, body)
  if (page.success) {
    nextPage(body, page.output.tickets.length, startTrail('/api/v2/users/1/tickets/requested.json'))
    responses.readEach(page.output.tickets, responses.zendeskTicket)
    responses.sideLoaded(page.output.metric_sets, responses.zendeskTicketMetrics)
    responses.sideLoaded(page.output.users, responses.zendeskUser)
  }
  const comments = v.safeParse(responses.commentsPage, body)
  if (comments.success) responses.readEach(comments.output.comments, responses.zendeskComment).records.map(toComment)
  v.safeParse(responses.userResponse, body)
  v.safeParse(responses.organizationResponse, body)
}

export async function fuzzZendeskPayloads(numRuns: number, seed: number): Promise<PayloadFuzzFigures> {
  const loadTimer = createCallTimer()
  const parseTimer = createCallTimer()
  const figures: PayloadFuzzFigures = {
    loads: loadTimer.times,
    payloadsParsed: parseTimer.times,
    histories: 0,
    errors: {},
    settingsParsed: 0,
    consoleCalls: 0
  }
  const console = watchConsole()
  try {
    await fc.assert(
      fc.asyncProperty(arbitraryZendeskScenario, arbitraryRawSettings, async (scenario, rawSettings) => {
        for (const body of scenarioBodies(scenario)) parseTimer.time(() => parseEverywhere(body))

        const { settings, problems } = parseRapportSettings(rawSettings)
        figures.settingsParsed += 1
        expectNone(settingsViolations(settings), 'settings')
        if (problems.some((problem) => typeof problem.name !== 'string')) throw new Error('a problem without a name')

        const now = Date.now()
        const load = () => {
          const api = createFakeZendeskApi({ users: [], organizations: [], tickets: [] })
          for (const [name, pattern] of endpoints) api.queueFaults(pattern, ...structuredClone(scenario[name]))
          return openSidebar({
            dataset: api.dataset,
            api,
            ticketId: fuzzTicketId,
            requesterId: fuzzRequesterId,
            now,
            settings: settings.history
          }).load()
        }
        const result = await loadTimer.timeAsync(load)
        if (!result.ok) {
          if (!errorKinds.has(result.error.kind)) throw new Error(`unknown error kind ${result.error.kind}`)
          figures.errors[result.error.kind] = (figures.errors[result.error.kind] ?? 0) + 1
          return
        }
        figures.histories += 1
        expectNone(historyViolations(result.value, settings.history.maxTickets), 'history')
        expectNone(
          insightViolations(analyzeRelationship(result.value, defaultInsightSettings, new Date(now))),
          'insight'
        )
      }),
      { numRuns: numRuns + warmupCalls, seed, endOnFailure: true }
    )
  } finally {
    figures.consoleCalls = console.stop()
  }
  if (figures.consoleCalls > 0) throw new Error(`the data layer wrote ${figures.consoleCalls} console lines`)
  return figures
}

function expectNone(problems: string[], what: string) {
  if (problems.length > 0) throw new Error(`${what}: ${problems.join('; ')}`)
}
