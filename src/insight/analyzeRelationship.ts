/**
 * The insight engine's entry point: from the requester's history to what the sidebar shows. Pure and
 * deterministic (the clock is passed in); each step is its own module:
 * timeline → tone of the requester's own words → signals → scorecard (now, and before the recent tickets, for
 * the direction) → tier → patterns → empathy prompts, alerts and personalization hints.
 */
import { requesterTimeline, timelineAsOf } from './history/requesterTimeline'
import type { InsightSettings } from './insightSettings'
import { relationshipPatterns } from './patterns/relationshipPatterns'
import { personalizationHints } from './personalization/personalizationHints'
import { personalizationTier } from './personalization/personalizationTier'
import { empathyPrompts } from './prompts/empathyPrompts'
import { relationshipAlerts } from './prompts/relationshipAlerts'
import type { RelationshipInsight } from './relationshipInsight'
import { relationshipState } from './relationshipState'
import type { RequesterHistory } from './requesterHistory'
import { dimensionScore, relationshipScorecard, scoreDimensions } from './scorecard/relationshipScorecard'
import { createToneReader } from './tone/toneReader'

export function analyzeRelationship(
  history: RequesterHistory,
  settings: InsightSettings,
  now: Date
): RelationshipInsight {
  const timeline = requesterTimeline(history, now)
  const tone = createToneReader(history.requester.id)
  const state = relationshipState(timeline, tone, settings)

  // Health "before": the relationship as it stood at the end of the tone baseline (before the recent tickets),
  // or at the previous ticket when there is no tone trend.
  const cutoff = state.trend.baselineEnd ?? timeline.previous
  const earlierTimeline = cutoff ? timelineAsOf(timeline, cutoff) : null
  const earlier = earlierTimeline ? scoreDimensions(relationshipState(earlierTimeline, tone, settings), settings) : null
  const scores = scoreDimensions(state, settings)
  const scorecard = relationshipScorecard(scores, earlier)

  const tier = personalizationTier(history.requester, history.organization, state.signals.ticketCount, settings)
  const patterns = relationshipPatterns({
    state,
    loyaltyScore: dimensionScore(scores, 'loyaltyIndicators'),
    tier,
    settings
  })
  return {
    signals: state.signals,
    currentSentiment: state.current,
    trend: state.trend.trend,
    scorecard,
    patterns,
    prompts: empathyPrompts(state, patterns, settings),
    alerts: relationshipAlerts(state, settings),
    personalization: personalizationHints(state, tier)
  }
}
