/** Scorecard dimensions are computed on a continuous 1–10 scale and shown as whole numbers. */
export function clampRaw(raw: number): number {
  return Number.isFinite(raw) ? Math.min(10, Math.max(1, raw)) : 5.5
}

export function toScore(raw: number): number {
  return Math.round(clampRaw(raw))
}

/** Share capped at 1: `min(1, part / whole)`, 0 when `whole` is 0. */
export function saturate(part: number, whole: number): number {
  return whole <= 0 ? 0 : Math.min(1, Math.max(0, part / whole))
}
