/**
 * The Relationship Health scorecard: five dimensions, each 1–10 with its evidence and definition, or "not enough
 * data" when nothing speaks to it (a tone Rapport cannot read, no outcome yet to trust); overall health is the
 * mean of the dimensions that have a score. Its colour (band) is its score's, held at 'fair' while a risk pattern
 * shows, with the pattern as the reason, so a green overall never sits beside "Churn risk". The direction is
 * the tone trend's (one direction per relationship, the same in every view); the health before the recent
 * tickets is kept as a number for reference.
 */
import { insightModel, type InsightSettings } from '../insightSettings'
import { phrase } from '../phrases/insightPhrases'
import type {
  PatternId,
  PatternMatch,
  Phrase,
  RelationshipScorecard,
  ScoreBand,
  ScorecardDimension,
  ScorecardDimensionId
} from '../relationshipInsight'
import type { RelationshipState } from '../relationshipState'
import { connectionDepth } from './connectionDepth'
import { emotionalAlignment } from './emotionalAlignment'
import { loyaltyIndicators } from './loyaltyIndicators'
import { proactiveValue } from './proactiveValue'
import { clampRaw, scoreBand, toScore } from './scoreScale'
import { trustLevel } from './trustLevel'

export interface ScorecardReading {
  dimensions: ScorecardDimension[]
  /** Mean of the unrounded scores of the dimensions that have one, on 1–10. */
  rawOverall: number
}

/** A dimension's raw 1–10 score, or null with the reason there is not enough data. */
export type DimensionReading = { raw: number | null; evidence: Phrase[] }
type Dimension = (state: RelationshipState, settings: InsightSettings) => DimensionReading

const dimensionSteps: Array<[ScorecardDimensionId, Dimension]> = [
  ['connectionDepth', connectionDepth],
  ['trustLevel', trustLevel],
  ['emotionalAlignment', emotionalAlignment],
  ['proactiveValue', proactiveValue],
  ['loyaltyIndicators', loyaltyIndicators]
]

/** Patterns that mean the relationship is at risk: the overall's colour cannot be 'good' beside them. */
const riskPatterns = ['churnRisk', 'earlyChurnRisk', 'frustratedLoyalist'] as const satisfies PatternId[]

export function scoreDimensions(state: RelationshipState, settings: InsightSettings): ScorecardReading {
  let sum = 0
  let scored = 0
  const dimensions = dimensionSteps.map(([id, step]): ScorecardDimension => {
    const { raw, evidence } = step(state, settings)
    if (raw !== null) {
      sum += clampRaw(raw)
      scored++
    }
    const definition = phrase(`insight.scorecard.${id}.definition`, {})
    const score = raw === null ? null : toScore(raw)
    return { id, score, band: score === null ? null : scoreBand(score), definition, evidence }
  })
  return { dimensions, rawOverall: scored === 0 ? 5.5 : sum / scored }
}

export function relationshipScorecard(
  now: ScorecardReading,
  before: ScorecardReading | null,
  state: RelationshipState,
  patterns: PatternMatch[]
): RelationshipScorecard {
  const overall = toScore(now.rawOverall)
  const risk = riskPatterns.find((id) => patterns.some((pattern) => pattern.id === id))
  const scoreColour = scoreBand(overall)
  const held = risk !== undefined && scoreColour === 'good'
  const band: ScoreBand = held ? insightModel.riskPatternBand : scoreColour
  return {
    dimensions: now.dimensions,
    overall,
    band,
    bandReason: held && risk ? phrase(`insight.scorecard.heldByPattern.${risk}`, {}) : null,
    previousOverall: before ? toScore(before.rawOverall) : null,
    direction: state.trend.trend.direction
  }
}

/** A dimension's score for the patterns; a dimension without data counts as the middle of the scale. */
export function dimensionScore(reading: ScorecardReading, id: ScorecardDimensionId): number {
  return reading.dimensions.find((dimension) => dimension.id === id)?.score ?? toScore(5.5)
}
