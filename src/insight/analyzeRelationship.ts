/**
 * The insight engine's entry point: from the requester's history to what the sidebar shows. Pure and
 * deterministic (the clock is passed in); each step is its own module:
 * timeline → the moment to read it at (today, or as of a past ticket) → tone of the requester's own words →
 * signals → scorecard (now, and before the recent tickets) → tier → patterns → empathy prompts, alerts, hints.
 */
import { analysisMoment } from './history/asOfTicket'
import { requesterTimeline, timelineAsOf, type RequesterTimeline } from './history/requesterTimeline'
import { ticketTotals } from './history/ticketTotals'
import type { InsightSettings } from './insightSettings'
import { relationshipPatterns } from './patterns/relationshipPatterns'
import { asOfView, relationshipFacts } from './phrases/factPhrases'
import { personalizationHints } from './personalization/personalizationHints'
import { personalizationTier } from './personalization/personalizationTier'
import { empathyPrompts } from './prompts/empathyPrompts'
import { relationshipAlerts } from './prompts/relationshipAlerts'
import type { RelationshipInsight } from './relationshipInsight'
import { relationshipState, type RelationshipState } from './relationshipState'
import type { RequesterHistory } from './requesterHistory'
import { dimensionScore, relationshipScorecard, scoreDimensions } from './scorecard/relationshipScorecard'
import { createToneReader } from './tone/toneReader'

export function analyzeRelationship(
  history: RequesterHistory,
  settings: InsightSettings,
  now: Date
): RelationshipInsight {
  const whole = requesterTimeline(history, now)
  const moment = analysisMoment(whole)
  const timeline = moment.timeline
  const tone = createToneReader(history.requester.id)
  const stateAt = (at: RequesterTimeline) =>
    relationshipState(
      at,
      tone,
      settings,
      ticketTotals(at, history.coverage, whole.tickets.length - at.tickets.length, whole.nowMs)
    )
  const state = stateAt(timeline)
  const scorecard = scorecardOf(state, settings, stateAt)

  const tier = personalizationTier(history.requester, history.organization, state.totals, settings)
  const patterns = relationshipPatterns({
    state,
    loyaltyScore: dimensionScore(scorecard.reading, 'loyaltyIndicators'),
    tier,
    settings
  })
  const health = relationshipScorecard(scorecard.reading, scorecard.earlier, state, patterns)
  const today = moment.asOf && moment.laterTickets > 0 ? todaysHealth(stateAt(whole), settings, stateAt) : null
  return {
    facts: relationshipFacts(state, moment.asOf),
    asOf: moment.asOf && timeline.current ? asOfView(timeline, whole, moment.laterTickets, today) : null,
    signals: state.signals,
    currentSentiment: state.current,
    trend: state.trend.trend,
    scorecard: health,
    patterns,
    prompts: empathyPrompts(state, patterns, settings),
    alerts: relationshipAlerts(state, settings),
    personalization: personalizationHints(state, tier)
  }
}

/**
 * Health now and "before": the relationship as it stood at the end of the tone baseline (before the recent
 * tickets), or at the previous ticket when there is no tone trend.
 */
function scorecardOf(
  state: RelationshipState,
  settings: InsightSettings,
  stateAt: (at: RequesterTimeline) => RelationshipState
) {
  const cutoff = state.trend.baselineEnd ?? state.timeline.previous
  const earlierTimeline = cutoff ? timelineAsOf(state.timeline, cutoff) : null
  const earlier = earlierTimeline ? scoreDimensions(stateAt(earlierTimeline), settings) : null
  return { reading: scoreDimensions(state, settings), earlier }
}

/** Today's overall health and tone trend, for the as-of view's one line on how things moved on. */
function todaysHealth(
  today: RelationshipState,
  settings: InsightSettings,
  stateAt: (at: RequesterTimeline) => RelationshipState
) {
  const { reading, earlier } = scorecardOf(today, settings, stateAt)
  return { state: today, scorecard: relationshipScorecard(reading, earlier, today, []) }
}
