/**
 * What the companion answers: scores, counts, directions, pattern ids and ticket ids with dates — the figures
 * the sidebar shows, and no customer text (no subjects, no comments, no cue words, no topic phrases drawn from
 * subjects).
 */
import type { RelationshipInsight, SentimentReading } from '../insight'
import type { WholeHistory } from './zendesk/wholeHistory'

export function scoreSummary(reading: SentimentReading) {
  return {
    score: round(reading.score),
    label: reading.label,
    confidence: round(reading.confidence),
    language: reading.language,
    cues: reading.cues.map((cue) => ({ kind: cue.kind, weight: cue.weight }))
  }
}

export function requesterHealthSummary(whole: WholeHistory, insight: RelationshipInsight) {
  const { history } = whole
  const { signals, scorecard, trend } = insight
  return {
    requesterId: history.requester.id,
    coverage: {
      tickets: history.tickets.length,
      ticketsWithComments: whole.ticketsWithComments,
      requesterMessages: whole.requesterMessages,
      partial: history.partial
    },
    scorecard: {
      overall: scorecard.overall,
      previousOverall: scorecard.previousOverall,
      direction: scorecard.direction,
      dimensions: scorecard.dimensions.map((dimension) => ({ id: dimension.id, score: dimension.score }))
    },
    trend: {
      direction: trend.direction,
      recent: roundOrNull(trend.recent),
      baseline: roundOrNull(trend.baseline),
      points: trend.points.map((point) => ({ ...point, score: round(point.score) }))
    },
    currentSentiment: { score: round(insight.currentSentiment.score), label: insight.currentSentiment.label },
    patterns: insight.patterns.map((pattern) => pattern.id),
    signals: {
      tenureDays: signals.tenureDays,
      ticketCount: signals.ticketCount,
      contactsLast30Days: signals.contactsLast30Days,
      contactsLast90Days: signals.contactsLast90Days,
      repeatContacts: signals.repeatContacts,
      reopens: signals.reopens,
      csatGood: signals.csatGood,
      csatBad: signals.csatBad
    }
  }
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}

function roundOrNull(value: number | null): number | null {
  return value === null ? null : round(value)
}
