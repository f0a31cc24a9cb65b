/**
 * The health of a B2B account: every requester of the organization read with the same engine as the sidebar's
 * single requester, then summed up — open tickets, contacts, CSAT, the tone of the account (the requesters'
 * recent tone against their earlier tone) and the requesters most at risk. Pure: the histories come in parsed.
 */
import { analyzeRelationship } from '../analyzeRelationship'
import { dayMs, parseTime } from '../history/calendar'
import { insightModel, type InsightSettings } from '../insightSettings'
import type { PatternId, RelationshipInsight, TrendDirection } from '../relationshipInsight'
import type { RequesterHistory } from '../requesterHistory'

export const organizationModel = {
  /** Requesters listed as most at risk, at most. */
  atRiskListed: 5,
  /** A requester whose overall health is at or below this (1–10) is at risk even without a risk pattern. */
  atRiskOverall: 4.5
} as const

/** How much each pattern says "this requester may leave": the risk order of the at-risk list. */
const riskWeightByPattern: Partial<Record<PatternId, number>> = {
  churnRisk: 3,
  earlyChurnRisk: 3,
  frustratedLoyalist: 2
}

const openStatuses = new Set(['new', 'open', 'pending', 'hold'])

export interface RequesterAtRisk {
  requesterId: number
  overall: number
  direction: TrendDirection
  patterns: PatternId[]
}

export interface OrganizationHealth {
  requesterCount: number
  ticketCount: number
  openTickets: number
  contactsLast30Days: number
  contactsLast90Days: number
  csatGood: number
  csatBad: number
  /** Mean overall health (1–10) of the requesters with tickets; null without any. */
  overall: number | null
  tone: { direction: TrendDirection; recent: number | null; baseline: number | null; requestersWithTrend: number }
  atRisk: RequesterAtRisk[]
}

export function organizationHealth(
  histories: RequesterHistory[],
  settings: InsightSettings,
  now: Date
): OrganizationHealth {
  const nowMs = now.getTime()
  const read = histories
    .filter((history) => history.tickets.length > 0)
    .map((history) => ({ history, insight: analyzeRelationship(history, settings, now) }))
  const tickets = histories.flatMap((history) => history.tickets)
  const within = (days: number) =>
    tickets.filter((ticket) => nowMs - parseTime(ticket.createdAt) <= days * dayMs).length
  return {
    requesterCount: histories.length,
    ticketCount: tickets.length,
    openTickets: tickets.filter((ticket) => openStatuses.has(ticket.status)).length,
    contactsLast30Days: within(30),
    contactsLast90Days: within(90),
    csatGood: tickets.filter((ticket) => ticket.satisfaction === 'good').length,
    csatBad: tickets.filter((ticket) => ticket.satisfaction === 'bad').length,
    overall: read.length === 0 ? null : mean(read.map(({ insight }) => insight.scorecard.overall)),
    tone: accountTone(read.map(({ insight }) => insight)),
    atRisk: requestersAtRisk(read)
  }
}

function accountTone(insights: RelationshipInsight[]): OrganizationHealth['tone'] {
  const withTrend = insights.filter((insight) => insight.trend.recent !== null && insight.trend.baseline !== null)
  const recentScores = insights.flatMap((insight) => (insight.trend.recent === null ? [] : [insight.trend.recent]))
  const recent = recentScores.length === 0 ? null : mean(recentScores)
  if (withTrend.length === 0) return { direction: 'unknown', recent, baseline: null, requestersWithTrend: 0 }
  const recentOfTrend = mean(withTrend.map((insight) => insight.trend.recent ?? 0))
  const baseline = mean(withTrend.map((insight) => insight.trend.baseline ?? 0))
  const change = recentOfTrend - baseline
  const direction: TrendDirection =
    change >= insightModel.trendChange ? 'improving' : change <= -insightModel.trendChange ? 'declining' : 'steady'
  return { direction, recent, baseline, requestersWithTrend: withTrend.length }
}

function requestersAtRisk(read: Array<{ history: RequesterHistory; insight: RelationshipInsight }>): RequesterAtRisk[] {
  return read
    .map(({ history, insight }) => ({
      requesterId: history.requester.id,
      overall: insight.scorecard.overall,
      direction: insight.scorecard.direction,
      patterns: insight.patterns.map((pattern) => pattern.id),
      risk: insight.patterns.reduce((sum, pattern) => sum + (riskWeightByPattern[pattern.id] ?? 0), 0)
    }))
    .filter((entry) => entry.risk > 0 || entry.overall <= organizationModel.atRiskOverall)
    .sort((a, b) => b.risk - a.risk || a.overall - b.overall || a.requesterId - b.requesterId)
    .slice(0, organizationModel.atRiskListed)
    .map(({ risk: _risk, ...entry }) => entry)
}

function mean(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length
}
