/** Day arithmetic on epoch milliseconds. Dates that do not parse are NaN and fall out of every window. */
export const dayMs = 86_400_000

export function parseTime(iso: string): number {
  return Date.parse(iso)
}

/** Whole days from `from` to `to` (floored, never negative); 0 when either is unknown. */
export function wholeDaysBetween(from: number, to: number): number {
  const days = Math.floor((to - from) / dayMs)
  return Number.isFinite(days) && days > 0 ? days : 0
}

/** True when `time` falls within the `days` before `now` (a ticket stamped slightly in the future counts as now). */
export function withinDaysBefore(time: number, now: number, days: number): boolean {
  return now - time <= days * dayMs
}
