/** Scorecard dimensions are computed on a continuous 1–10 scale and shown as whole numbers. */
import { insightModel } from '../insightSettings'
import type { ScoreBand } from '../relationshipInsight'

export function clampRaw(raw: number): number {
  return Number.isFinite(raw) ? Math.min(10, Math.max(1, raw)) : 5.5
}

export function toScore(raw: number): number {
  return Math.round(clampRaw(raw))
}

/** The colour a 1–10 score reads in: the one mapping the app's bars and the overall use. */
export function scoreBand(score: number): ScoreBand {
  if (score <= insightModel.poorScoreAtMost) return 'poor'
  if (score <= insightModel.fairScoreAtMost) return 'fair'
  return 'good'
}

/** Share capped at 1: `min(1, part / whole)`, 0 when `whole` is 0. */
export function saturate(part: number, whole: number): number {
  return whole <= 0 ? 0 : Math.min(1, Math.max(0, part / whole))
}
