import { describe, expect, it } from 'vitest'
import { requesterTimeline } from '../../../src/insight/history/requesterTimeline'
import { sentimentTrend } from '../../../src/insight/tone/sentimentTrend'
import { fixedTone, reading } from '../fixedTone'
import { history, now } from '../historyBuilder'

/** Tickets 1000, 1001, … one per `scores` entry, oldest first, the last one current. */
function trendOf(scores: Array<number | null>) {
  const builder = history()
  scores.forEach((_, index) => {
    if (index === scores.length - 1) builder.current({})
    else builder.ticket({ daysAgo: (scores.length - index) * 10 })
  })
  const readings = Object.fromEntries(
    scores.flatMap((score, index) => (score === null ? [] : [[1000 + index, reading(score)]]))
  )
  return sentimentTrend(requesterTimeline(builder.build(), now), fixedTone(readings))
}

describe('sentimentTrend', () => {
  it('has no direction with a single reading', () => {
    const { trend } = trendOf([0.4])
    expect(trend.direction).toBe('unknown')
    expect(trend.recent).toBe(0.4)
    expect(trend.baseline).toBeNull()
    expect(trend.slope).toBeNull()
    expect(trend.points).toHaveLength(1)
    expect([trend.recentCount, trend.baselineCount]).toEqual([1, 0])
  })

  it('compares the last two tickets with the ones before in a longer history', () => {
    const { trend } = trendOf([0.5, 0.6, 0.4, -0.5, -0.7])
    expect([trend.recentCount, trend.baselineCount]).toEqual([2, 3])
    expect(trend.recent).toBeCloseTo(-0.6, 10)
    expect(trend.baseline).toBeCloseTo(0.5, 10)
    expect(trend.direction).toBe('declining')
    expect(trend.slope).toBeLessThan(0)
  })

  it('compares the last ticket with the earlier ones in a short history', () => {
    const { trend } = trendOf([-0.5, 0.4])
    expect([trend.recentCount, trend.baselineCount]).toEqual([1, 1])
    expect(trend.recent).toBeCloseTo(0.4, 10)
    expect(trend.baseline).toBeCloseTo(-0.5, 10)
    expect(trend.direction).toBe('improving')
  })

  it('calls small changes steady', () => {
    expect(trendOf([0.1, 0.2, 0.1, 0.15, 0.05]).trend.direction).toBe('steady')
  })

  it('skips tickets without a readable tone and keeps points oldest first', () => {
    const { trend } = trendOf([0.3, null, -0.2])
    expect(trend.points.map((point) => point.ticketId)).toEqual([1000, 1002])
  })

  it('counts the run of negative tickets up to the newest', () => {
    expect(trendOf([-0.5, 0.5, -0.4, -0.6]).recentNegativeRun).toBe(2)
    expect(trendOf([-0.5, -0.4, 0.3]).recentNegativeRun).toBe(0)
  })

  it('marks the end of the baseline: the ticket just before the recent window', () => {
    expect(trendOf([0.5, 0.6, 0.4, -0.5, -0.7]).baselineEnd?.ticket.id).toBe(1002)
    expect(trendOf([0.5]).baselineEnd).toBeNull()
  })

  it('keeps at most a sparkline’s worth of points, the most recent ones', () => {
    const { trend } = trendOf(Array.from({ length: 40 }, (_, index) => (index % 2 === 0 ? 0.3 : -0.3)))
    expect(trend.points).toHaveLength(24)
    expect(trend.points[trend.points.length - 1]?.ticketId).toBe(1039)
  })
})
