/**
 * What "finite and bounded" means for the engine's and the data layer's outputs, as lists of violations (empty
 * when the output keeps every promise), so a fuzz run can name exactly what broke.
 */
import { insightModel } from '../../../src/insight/insightSettings'
import type { RelationshipInsight } from '../../../src/insight/relationshipInsight'
import type { RequesterHistory } from '../../../src/insight/requesterHistory'
import type { RapportSettings } from '../../../src/zendesk/settings'
import { insightSettingLimits } from '../../../src/insight/insightSettings'

const isScore10 = (value: number) => Number.isInteger(value) && value >= 1 && value <= 10
const isCount = (value: number) => Number.isInteger(value) && value >= 0
const isUnit = (value: number) => Number.isFinite(value) && value >= -1 && value <= 1
const statuses = new Set(['new', 'open', 'pending', 'hold', 'solved', 'closed'])

export function insightViolations(insight: RelationshipInsight): string[] {
  const problems: string[] = []
  const check = (ok: boolean, what: string) => {
    if (!ok) problems.push(what)
  }
  const { scorecard, signals } = insight
  check(scorecard.dimensions.length === 5, `scorecard has ${scorecard.dimensions.length} dimensions`)
  // A dimension without evidence has no score ("not enough data"); any score it has is 1–10.
  for (const dimension of scorecard.dimensions) {
    check(dimension.score === null || isScore10(dimension.score), `${dimension.id} = ${dimension.score}`)
    check((dimension.score === null) === (dimension.band === null), `${dimension.id}: band without score`)
  }
  check(isScore10(scorecard.overall), `overall = ${scorecard.overall}`)
  check(scorecard.previousOverall === null || isScore10(scorecard.previousOverall), 'previousOverall out of 1–10')
  check(insight.prompts.length <= insightModel.maxPrompts, `${insight.prompts.length} prompts`)
  check(new Set(insight.prompts.map((prompt) => prompt.id)).size === insight.prompts.length, 'duplicate prompt ids')
  check(insight.alerts.length <= 1, `${insight.alerts.length} alerts`)
  check(isUnit(insight.currentSentiment.score), `current tone ${insight.currentSentiment.score}`)
  const { confidence } = insight.currentSentiment
  check(Number.isFinite(confidence) && confidence >= 0 && confidence <= 1, `confidence ${confidence}`)
  check(insight.trend.points.length <= insightModel.trendTickets, `${insight.trend.points.length} trend points`)
  for (const point of insight.trend.points) check(isUnit(point.score), `trend point ${point.score}`)
  for (const value of [insight.trend.recent, insight.trend.baseline, insight.trend.slope]) {
    check(value === null || Number.isFinite(value), `trend value ${value}`)
  }
  for (const [name, value] of Object.entries(signals)) {
    if (typeof value === 'number') check(isCount(value), `signal ${name} = ${value}`)
  }
  check(signals.contactsLast7Days <= signals.contactsLast30Days, 'contacts 7 > 30 days')
  check(signals.contactsLast30Days <= signals.contactsLast90Days, 'contacts 30 > 90 days')
  check(signals.contactsLast90Days <= signals.ticketCount, 'contacts 90 days > tickets')
  check(signals.currentTopicContacts >= 1, 'currentTopicContacts < 1')
  for (const phrase of allPhrases(insight)) {
    for (const [name, value] of Object.entries(phrase.params)) {
      check(typeof value === 'string' || Number.isFinite(value), `phrase ${phrase.key} param ${name} = ${value}`)
    }
  }
  return problems
}

function allPhrases(insight: RelationshipInsight) {
  return [
    ...insight.scorecard.dimensions.flatMap((dimension) => [dimension.definition, ...dimension.evidence]),
    ...insight.patterns.flatMap((pattern) => pattern.evidence),
    ...insight.prompts.flatMap((prompt) => [prompt.text, ...prompt.evidence]),
    ...insight.alerts.flatMap((alert) => alert.evidence),
    insight.personalization.reason,
    ...insight.personalization.hints
  ]
}

/** A history the loader hands over must already be domain data: safe ids, known statuses, readable dates. */
export function historyViolations(history: RequesterHistory, maxTickets: number): string[] {
  const problems: string[] = []
  const check = (ok: boolean, what: string) => {
    if (!ok) problems.push(what)
  }
  check(Number.isSafeInteger(history.requester.id), `requester id ${history.requester.id}`)
  check(typeof history.requester.name === 'string', 'requester name not text')
  const lifetime = history.coverage.lifetimeTicketCount
  check(lifetime === null || (Number.isSafeInteger(lifetime) && lifetime >= 0), `lifetime count ${lifetime}`)
  // The open ticket may be added beside the budget when it was not among the pages read.
  check(history.tickets.length <= maxTickets + 1, `${history.tickets.length} tickets for a budget of ${maxTickets}`)
  for (const ticket of history.tickets) {
    check(Number.isSafeInteger(ticket.id), `ticket id ${ticket.id}`)
    check(statuses.has(ticket.status), `ticket status ${ticket.status}`)
    check(!Number.isNaN(Date.parse(ticket.createdAt)), `ticket date ${ticket.createdAt}`)
    for (const comment of ticket.comments ?? []) {
      check(typeof comment.body === 'string', 'comment body not text')
      check(Number.isSafeInteger(comment.authorId), `comment author ${comment.authorId}`)
    }
  }
  return problems
}

/** Parsed settings are always inside their ranges, whatever an admin or ZAF sent. */
export function settingsViolations({ insight, history }: RapportSettings): string[] {
  const problems: string[] = []
  const values: Record<string, number> = {
    frustratedAlertThreshold: insight.frustratedAlertThreshold,
    delightedAlertThreshold: insight.delightedAlertThreshold,
    repeatContactWindowDays: insight.repeatContactWindowDays,
    earlyContactCount: insight.earlyContactCount,
    longTenureMonths: insight.longTenureMonths,
    moderateEngagementTickets: insight.tiers.moderateEngagementTickets
  }
  for (const [name, value] of Object.entries(values)) {
    const { min, max, integer } = insightSettingLimits[name as keyof typeof insightSettingLimits]
    if (!(value >= min && value <= max) || (integer && !Number.isInteger(value))) problems.push(`${name} = ${value}`)
  }
  if (insight.frustratedAlertThreshold >= insight.delightedAlertThreshold) problems.push('thresholds crossed')
  for (const [name, value] of Object.entries(history)) {
    if (!Number.isInteger(value) || value < 0) problems.push(`${name} = ${value}`)
  }
  return problems
}
