/**
 * Every translation key the app can ask for: the literal ones in src/app, the ones it composes at runtime from an
 * id (`sidebar.patterns.${pattern.id}`), enumerated from the engine's id types, the insight phrases the engine
 * declares, and the manifest's parameters. A composed key in src/app that this table does not know fails the
 * tests, so a new one cannot slip past the locale checks.
 */
import { namedPromptIds } from '../../../src/app/components/promptName'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type {
  PatternId,
  PersonalizationTier,
  RelationshipAlert,
  ScorecardDimensionId,
  SentimentLabel,
  TrendDirection
} from '../../../src/insight/relationshipInsight'
import type { SettingProblemReason } from '../../../src/zendesk/settings'
import type { ZendeskErrorKind } from '../../../src/zendesk/zendeskError'
import type { CompanionUnavailable } from '../../../src/zendesk/companionClient'
import type { CompanionSettings } from '../../../src/zendesk/companionSettings'
import { typeScriptFiles } from '../../sourceFiles'

const root = resolve(import.meta.dirname, '../../..')

/** `Record<Union, true>`: the compiler insists on every member, so a new id in the engine must be listed here. */
const members = <T extends string>(record: Record<T, true>) => Object.keys(record) as T[]

const errorKinds = [
  ...members<ZendeskErrorKind>({
    noRequester: true,
    invalidId: true,
    rateLimited: true,
    server: true,
    network: true,
    timeout: true,
    forbidden: true,
    notFound: true,
    malformed: true
  }),
  'unexpected',
  'outsideZendesk'
]
const settingReasons = members<SettingProblemReason>({
  notANumber: true,
  notAnInteger: true,
  outOfRange: true,
  notText: true,
  thresholdsCrossed: true,
  notATag: true,
  notAChoice: true
})
/** Reasons the settings line words as "what to type"; number reasons with a range read number/wholeNumber. */
const settingFixes = [...settingReasons, 'number', 'wholeNumber'].filter(
  (reason) => !['notANumber', 'notAnInteger', 'outOfRange'].includes(reason)
)
const promptNames = [...namedPromptIds, 'other']
const ticketStatuses = ['new', 'open', 'pending', 'hold', 'solved', 'closed']
const toneLabels = members<SentimentLabel>({ negative: true, neutral: true, positive: true, unknown: true })
const trendDirections = members<TrendDirection>({ improving: true, steady: true, declining: true, unknown: true })
const patternIds = members<PatternId>({
  frustratedLoyalist: true,
  earlyChurnRisk: true,
  delightedAdvocate: true,
  highValue: true,
  newCustomer: true,
  churnRisk: true
})
const tiers = members<PersonalizationTier>({ basic: true, moderate: true, high: true })
const dimensionIds = members<ScorecardDimensionId>({
  connectionDepth: true,
  trustLevel: true,
  emotionalAlignment: true,
  proactiveValue: true,
  loyaltyIndicators: true
})
const alertKinds = members<RelationshipAlert['kind']>({ frustrated: true, delighted: true })
const companionFailures = members<CompanionUnavailable>({ slow: true, down: true, rejected: true, failed: true })
const companionProblems = members<NonNullable<Extract<CompanionSettings, { enabled: false }>['problem']>>({
  badUrl: true,
  badTimeout: true
})

export const manifestParameters = (
  JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8')) as { parameters: Array<{ name: string }> }
).parameters.map(({ name }) => name)

/** Composed key as written in source, each `${…}` written `${}`, → every key it can produce. */
export const composedKeys: Record<string, string[]> = {
  'sidebar.errors.${}.title': errorKinds.map((kind) => `sidebar.errors.${kind}.title`),
  'sidebar.errors.${}.body': errorKinds.map((kind) => `sidebar.errors.${kind}.body`),
  'sidebar.settingsProblems.${}': settingReasons.map((reason) => `sidebar.settingsProblems.${reason}`),
  'app.parameters.${}.label': manifestParameters.map((name) => `app.parameters.${name}.label`),
  'sidebar.tone.label.${}': toneLabels.map((label) => `sidebar.tone.label.${label}`),
  'sidebar.tone.trend.${}': trendDirections.map((direction) => `sidebar.tone.trend.${direction}`),
  'sidebar.patterns.${}': patternIds.map((id) => `sidebar.patterns.${id}`),
  'sidebar.tier.${}': tiers.map((tier) => `sidebar.tier.${tier}`),
  'sidebar.health.dimension.${}.name': dimensionIds.map((id) => `sidebar.health.dimension.${id}.name`),
  'sidebar.alerts.${}': alertKinds.map((kind) => `sidebar.alerts.${kind}`),
  'sidebar.health.direction.${}': trendDirections.map((direction) => `sidebar.health.direction.${direction}`),
  'sidebar.prompts.name.${}': promptNames.map((name) => `sidebar.prompts.name.${name}`),
  'sidebar.reason.tone.${}': toneLabels.map((label) => `sidebar.reason.tone.${label}`),
  'sidebar.reason.trend.${}.${}': trendDirections
    .filter((direction) => direction !== 'unknown')
    .flatMap((direction) =>
      ['lastTicket', 'lastTickets'].map((window) => `sidebar.reason.trend.${direction}.${window}`)
    ),
  'sidebar.settingsNotice.fix.${}': settingFixes.map((reason) => `sidebar.settingsNotice.fix.${reason}`),
  'sidebar.tickets.csat.${}': ['good', 'bad'].map((score) => `sidebar.tickets.csat.${score}`),
  'sidebar.tickets.status.${}': ticketStatuses.map((status) => `sidebar.tickets.status.${status}`),
  'sidebar.tickets.tone.${}': toneLabels.map((label) => `sidebar.tickets.tone.${label}`),
  'sidebar.companion.unavailable.${}': companionFailures.map((reason) => `sidebar.companion.unavailable.${reason}`),
  'sidebar.companion.misconfigured.${}': companionProblems.map(
    (problem) => `sidebar.companion.misconfigured.${problem}`
  )
}

const appSources = typeScriptFiles(resolve(root, 'src/app')).map((file) => readFileSync(file, 'utf8'))

/** Quoted keys in src/app ('sidebar.tone.title'), wherever they stand (`translate(open ? 'a' : 'b')` too). */
export const literalKeys = [
  ...new Set(
    appSources.flatMap((source) => [...source.matchAll(/['"`]((?:sidebar|app)\.[\w.]+)['"`]/g)].map((m) => m[1]!))
  )
].sort()

/** Template literals in src/app that compose a key, normalised to `${}`. */
export const composedInSource = [
  ...new Set(
    appSources.flatMap((source) =>
      [...source.matchAll(/`((?:sidebar|app|insight)\.[^`]*\$\{[^`]*)`/g)].map((m) =>
        m[1]!.replace(/\$\{[^}]*\}/g, '${}')
      )
    )
  )
].sort()

/** The insight phrase keys the engine declares (src/insight/phrases/insightPhrases.ts). */
export const insightKeys = [
  ...readFileSync(resolve(root, 'src/insight/phrases/insightPhrases.ts'), 'utf8').matchAll(/'(insight\.[\w.]+)':/g)
].map((m) => m[1]!)

export function allUsedKeys(): string[] {
  return [...new Set([...literalKeys, ...Object.values(composedKeys).flat(), ...insightKeys])].sort()
}
