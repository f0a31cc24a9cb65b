/**
 * App settings (manifest parameters) as ZAF hands them over: numbers as numbers or strings, lists as comma
 * text. A bad value never breaks the sidebar: it falls back to the manifest default and is reported, so the
 * app can tell the admin which setting to fix.
 */
import { defaultInsightSettings, insightSettingLimits, type InsightSettings } from '../insight/insightSettings'
import { companionParameterNames } from './companionSettings'

export interface HistorySettings {
  /** How far back the requester's tickets are read. */
  lookbackMonths: number
  /** Upper bound on tickets read per load (100 per request). */
  maxTickets: number
  /** Besides the current ticket, the comments of this many most recent tickets are read. */
  recentTicketsWithComments: number
  /** A requester loaded again within this time costs no request; 0 turns the cache off. */
  cacheMinutes: number
}

export const defaultHistorySettings: HistorySettings = {
  lookbackMonths: 24,
  maxTickets: 300,
  recentTicketsWithComments: 5,
  cacheMinutes: 10
}

/** What Rapport may write to the ticket. Off by default: an app that writes must be switched on by an admin. */
export interface ActionSettings {
  /** Add a tag to the open ticket when an alert or pattern fires, so triggers, views and reports can use it. */
  tagTickets: boolean
  /** The tag for a frustrated customer (the alert or a frustrated loyalist); '' adds none. */
  frustratedTag: string
  /** The tag for a churn risk (early or not); '' adds none. */
  churnRiskTag: string
}

export const defaultActionSettings: ActionSettings = {
  tagTickets: false,
  frustratedTag: 'rapport_frustrated',
  churnRiskTag: 'rapport_churn_risk'
}

export interface RapportSettings {
  insight: InsightSettings
  history: HistorySettings
  actions: ActionSettings
}

export type SettingProblemReason =
  'notANumber' | 'notAnInteger' | 'outOfRange' | 'notText' | 'thresholdsCrossed' | 'notATag' | 'notAChoice'

export interface SettingProblem {
  /** The manifest parameter name. */
  name: string
  value: unknown
  reason: SettingProblemReason
}

interface NumberRule {
  min: number
  max: number
  integer: boolean
  fallback: number
}

const tiers = defaultInsightSettings.tiers

const limits = insightSettingLimits

// Ranges of the insight thresholds come from the engine, so the parser and the engine cannot disagree.
const numberRules = {
  frustratedAlertThreshold: {
    ...limits.frustratedAlertThreshold,
    fallback: defaultInsightSettings.frustratedAlertThreshold
  },
  delightedAlertThreshold: {
    ...limits.delightedAlertThreshold,
    fallback: defaultInsightSettings.delightedAlertThreshold
  },
  repeatContactWindowDays: {
    ...limits.repeatContactWindowDays,
    fallback: defaultInsightSettings.repeatContactWindowDays
  },
  earlyContactCount: { ...limits.earlyContactCount, fallback: defaultInsightSettings.earlyContactCount },
  longTenureMonths: { ...limits.longTenureMonths, fallback: defaultInsightSettings.longTenureMonths },
  moderateEngagementTickets: { ...limits.moderateEngagementTickets, fallback: tiers.moderateEngagementTickets },
  lookbackMonths: { min: 1, max: 240, integer: true, fallback: defaultHistorySettings.lookbackMonths },
  // Each 100 tickets is one request on every ticket view: 1,000 (10 requests) is already a lot for a rate limit.
  maxTickets: { min: 1, max: 1000, integer: true, fallback: defaultHistorySettings.maxTickets },
  recentTicketsWithComments: {
    min: 0,
    max: 20,
    integer: true,
    fallback: defaultHistorySettings.recentTicketsWithComments
  },
  cacheMinutes: { min: 0, max: 1440, integer: true, fallback: defaultHistorySettings.cacheMinutes }
} satisfies Record<string, NumberRule>

const listFallbacks = {
  highTierTags: tiers.highTierTags,
  moderateTierTags: tiers.moderateTierTags,
  highTierFieldValues: tiers.highTierFieldValues,
  moderateTierFieldValues: tiers.moderateTierFieldValues
}

/** The allowed range of a numeric setting, for the message that tells an admin what to type. */
export function settingRange(name: string): { min: number; max: number; integer: boolean } | null {
  const rule = (numberRules as Record<string, NumberRule>)[name]
  return rule ? { min: rule.min, max: rule.max, integer: rule.integer } : null
}

type NumberParameter = keyof typeof numberRules
type ListParameter = keyof typeof listFallbacks

/** Every manifest parameter Rapport reads. */
export const rapportParameterNames: readonly string[] = [
  ...Object.keys(numberRules),
  ...Object.keys(listFallbacks),
  'tierFieldKey',
  'tagTickets',
  'frustratedTag',
  'churnRiskTag',
  ...companionParameterNames
]

export function parseRapportSettings(raw: Record<string, unknown>): {
  settings: RapportSettings
  problems: SettingProblem[]
} {
  const problems: SettingProblem[] = []
  const number = (name: NumberParameter) => readNumber(name, raw[name], numberRules[name], problems)
  const list = (name: ListParameter) => readList(name, raw[name], listFallbacks[name], problems)

  let frustratedAlertThreshold = number('frustratedAlertThreshold')
  let delightedAlertThreshold = number('delightedAlertThreshold')
  if (frustratedAlertThreshold >= delightedAlertThreshold) {
    // Crossed thresholds would call the same customer frustrated and delighted: both go back to their defaults.
    problems.push({ name: 'delightedAlertThreshold', value: raw.delightedAlertThreshold, reason: 'thresholdsCrossed' })
    frustratedAlertThreshold = numberRules.frustratedAlertThreshold.fallback
    delightedAlertThreshold = numberRules.delightedAlertThreshold.fallback
  }

  return {
    settings: {
      insight: {
        frustratedAlertThreshold,
        delightedAlertThreshold,
        repeatContactWindowDays: number('repeatContactWindowDays'),
        earlyContactCount: number('earlyContactCount'),
        longTenureMonths: number('longTenureMonths'),
        tiers: {
          highTierTags: list('highTierTags'),
          moderateTierTags: list('moderateTierTags'),
          tierFieldKey: readText('tierFieldKey', raw.tierFieldKey, tiers.tierFieldKey, problems),
          highTierFieldValues: list('highTierFieldValues'),
          moderateTierFieldValues: list('moderateTierFieldValues'),
          moderateEngagementTickets: number('moderateEngagementTickets')
        }
      },
      history: {
        lookbackMonths: number('lookbackMonths'),
        maxTickets: number('maxTickets'),
        recentTicketsWithComments: number('recentTicketsWithComments'),
        cacheMinutes: number('cacheMinutes')
      },
      actions: {
        tagTickets: readCheckbox('tagTickets', raw.tagTickets, defaultActionSettings.tagTickets, problems),
        frustratedTag: readTag('frustratedTag', raw.frustratedTag, defaultActionSettings.frustratedTag, problems),
        churnRiskTag: readTag('churnRiskTag', raw.churnRiskTag, defaultActionSettings.churnRiskTag, problems)
      }
    },
    problems
  }
}

/** Not set at all (undefined, null, blank) means "use the default" and is not a problem. */
function isUnset(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
}

/**
 * A number as an admin may type it: "-0.4", "−0.4" (a typographic minus, as word processors write it) or "-0,4"
 * (a decimal comma, in many locales).
 */
function numberFromText(text: string): number {
  const trimmed = text.trim().replace(/^\u2212/, '-')
  // "1,000" could be a thousand: three digits after the comma count as decimals only after a zero ("0,125").
  const decimal = /^-?(?:0,\d+|\d+,(?:\d{1,2}|\d{4,}))$/.test(trimmed) ? trimmed.replace(',', '.') : trimmed
  return decimal === '' ? Number.NaN : Number(decimal)
}

function readNumber(name: string, value: unknown, rule: NumberRule, problems: SettingProblem[]): number {
  if (isUnset(value)) return rule.fallback
  const parsed = typeof value === 'number' ? value : typeof value === 'string' ? numberFromText(value) : Number.NaN
  const reason: SettingProblemReason | null = !Number.isFinite(parsed)
    ? 'notANumber'
    : rule.integer && !Number.isInteger(parsed)
      ? 'notAnInteger'
      : parsed < rule.min || parsed > rule.max
        ? 'outOfRange'
        : null
  if (reason === null) return parsed
  problems.push({ name, value, reason })
  return rule.fallback
}

function readText(name: string, value: unknown, fallback: string, problems: SettingProblem[]): string {
  if (value === undefined || value === null) return fallback
  if (typeof value === 'string') return value.trim()
  problems.push({ name, value, reason: 'notText' })
  return fallback
}

/** Comma text to a clean list; an explicitly emptied field is an empty list (the admin turned the mapping off). */
function readList(name: string, value: unknown, fallback: string[], problems: SettingProblem[]): string[] {
  if (value === undefined || value === null) return [...fallback]
  if (typeof value !== 'string') {
    problems.push({ name, value, reason: 'notText' })
    return [...fallback]
  }
  const items = value
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .filter((item) => item !== '')
  return [...new Set(items)]
}

/** ZAF gives a checkbox as a boolean; a host (or an override) may give its text. */
function readCheckbox(name: string, value: unknown, fallback: boolean, problems: SettingProblem[]): boolean {
  if (isUnset(value)) return fallback
  if (typeof value === 'boolean') return value
  if (value === 'true' || value === 'false') return value === 'true'
  problems.push({ name, value, reason: 'notAChoice' })
  return fallback
}

/** Zendesk tags are one word: letters, digits, `_`, `-`, `:` (spaces would split it into two tags). */
const tagPattern = /^[\p{L}\p{N}_\-:/.]+$/u

/** A tag as Zendesk stores it (lower case); an emptied field turns that tag off. */
function readTag(name: string, value: unknown, fallback: string, problems: SettingProblem[]): string {
  if (value === undefined || value === null) return fallback
  if (typeof value !== 'string') {
    problems.push({ name, value, reason: 'notText' })
    return fallback
  }
  const tag = value.trim().toLowerCase()
  if (tag === '' || tagPattern.test(tag)) return tag
  problems.push({ name, value, reason: 'notATag' })
  return fallback
}
