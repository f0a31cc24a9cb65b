/**
 * Where the requester's tone is heading: one point per recent ticket with a known reading (oldest first), the
 * recent window (the last two tickets, or the last one in a short history) against the baseline before it, and
 * the least-squares slope over all points. Direction follows recent minus baseline, so one outlier in a long
 * history does not flip it, while "the last two tickets turned negative" does.
 */
import type { TimelineTicket, RequesterTimeline } from '../history/requesterTimeline'
import { insightModel } from '../insightSettings'
import type { SentimentLabel, SentimentTrend, TrendDirection } from '../relationshipInsight'
import type { ToneReader } from './toneReader'

export interface TrendReading {
  trend: SentimentTrend
  labels: SentimentLabel[]
  /** The newest ticket of the baseline window: the relationship "before the recent tickets". */
  baselineEnd: TimelineTicket | null
  /** Consecutive negative tickets, counted back from the newest. */
  recentNegativeRun: number
}

export function sentimentTrend(timeline: RequesterTimeline, tone: ToneReader): TrendReading {
  const entries: TimelineTicket[] = []
  const scores: number[] = []
  const labels: SentimentLabel[] = []
  const examineFrom = Math.max(0, timeline.tickets.length - insightModel.trendTickets * 2)
  for (let index = timeline.tickets.length - 1; index >= examineFrom; index--) {
    if (entries.length >= insightModel.trendTickets) break
    const entry = timeline.tickets[index]!
    const reading = tone.ticketTone(entry).reading
    if (!reading || reading.label === 'unknown') continue
    entries.push(entry)
    scores.push(reading.score)
    labels.push(reading.label)
  }
  entries.reverse()
  scores.reverse()
  labels.reverse()

  const points = entries.map((entry, index) => ({
    ticketId: entry.ticket.id,
    createdAt: entry.ticket.createdAt,
    score: scores[index]!,
    label: labels[index]!
  }))
  let recentNegativeRun = 0
  for (let index = labels.length - 1; index >= 0 && labels[index] === 'negative'; index--) recentNegativeRun++

  if (points.length < 2) {
    const recent = points.length === 1 ? scores[0]! : null
    const trend = {
      direction: 'unknown' as const,
      recent,
      baseline: null,
      recentCount: points.length,
      baselineCount: 0,
      slope: null,
      points
    }
    return { trend, labels, baselineEnd: null, recentNegativeRun }
  }
  const recentCount = points.length >= insightModel.trendTwoTicketWindowFrom ? 2 : 1
  const recent = mean(scores.slice(-recentCount))
  const baseline = mean(scores.slice(0, -recentCount))
  const trend: SentimentTrend = {
    direction: directionOf(recent - baseline),
    recent,
    baseline,
    recentCount,
    baselineCount: points.length - recentCount,
    slope: leastSquaresSlope(scores),
    points
  }
  return { trend, labels, baselineEnd: entries[entries.length - recentCount - 1] ?? null, recentNegativeRun }
}

function directionOf(change: number): TrendDirection {
  if (change >= insightModel.trendChange) return 'improving'
  if (change <= -insightModel.trendChange) return 'declining'
  return 'steady'
}

function mean(values: number[]): number {
  let sum = 0
  for (const value of values) sum += value
  return values.length === 0 ? 0 : sum / values.length
}

/** Change in score per ticket, fitted over ticket order (tickets are unevenly spaced; order is what agents see). */
function leastSquaresSlope(values: number[]): number {
  const n = values.length
  const meanX = (n - 1) / 2
  const meanY = mean(values)
  let covariance = 0
  let variance = 0
  for (let x = 0; x < n; x++) {
    covariance += (x - meanX) * (values[x]! - meanY)
    variance += (x - meanX) ** 2
  }
  return variance === 0 ? 0 : covariance / variance
}
