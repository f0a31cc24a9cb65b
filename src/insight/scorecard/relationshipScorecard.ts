/**
 * The Relationship Health scorecard: five dimensions, each 1–10 with its evidence and definition, and overall
 * health — the mean of the five — with its direction: today's health against the health before the recent
 * tickets (the same scorecard computed on the history as it stood then).
 */
import { insightModel, type InsightSettings } from '../insightSettings'
import { phrase } from '../phrases/insightPhrases'
import type {
  Phrase,
  RelationshipScorecard,
  ScorecardDimension,
  ScorecardDimensionId,
  TrendDirection
} from '../relationshipInsight'
import type { RelationshipState } from '../relationshipState'
import { connectionDepth } from './connectionDepth'
import { emotionalAlignment } from './emotionalAlignment'
import { loyaltyIndicators } from './loyaltyIndicators'
import { proactiveValue } from './proactiveValue'
import { clampRaw, toScore } from './scoreScale'
import { trustLevel } from './trustLevel'

export interface ScorecardReading {
  dimensions: ScorecardDimension[]
  /** Mean of the unrounded dimension scores, on 1–10. */
  rawOverall: number
}

type Dimension = (state: RelationshipState, settings: InsightSettings) => { raw: number; evidence: Phrase[] }

const dimensionSteps: Array<[ScorecardDimensionId, Dimension]> = [
  ['connectionDepth', connectionDepth],
  ['trustLevel', trustLevel],
  ['emotionalAlignment', emotionalAlignment],
  ['proactiveValue', proactiveValue],
  ['loyaltyIndicators', loyaltyIndicators]
]

export function scoreDimensions(state: RelationshipState, settings: InsightSettings): ScorecardReading {
  let sum = 0
  const dimensions = dimensionSteps.map(([id, step]) => {
    const { raw, evidence } = step(state, settings)
    sum += clampRaw(raw)
    return { id, score: toScore(raw), definition: phrase(`insight.scorecard.${id}.definition`, {}), evidence }
  })
  return { dimensions, rawOverall: sum / dimensionSteps.length }
}

export function relationshipScorecard(now: ScorecardReading, before: ScorecardReading | null): RelationshipScorecard {
  const overall = toScore(now.rawOverall)
  if (!before) return { dimensions: now.dimensions, overall, previousOverall: null, direction: 'unknown' }
  const change = now.rawOverall - before.rawOverall
  const direction: TrendDirection =
    change >= insightModel.healthChange ? 'improving' : change <= -insightModel.healthChange ? 'declining' : 'steady'
  return { dimensions: now.dimensions, overall, previousOverall: toScore(before.rawOverall), direction }
}

export function dimensionScore(reading: ScorecardReading, id: ScorecardDimensionId): number {
  return reading.dimensions.find((dimension) => dimension.id === id)?.score ?? 1
}
