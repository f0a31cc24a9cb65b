export type TenureUnit = 'new' | 'days' | 'months' | 'years'

/** Rounds a tenure in days to the unit an agent reads at a glance ("3 years", "5 months", "12 days", "new today"). */
export function tenureParts(days: number): { unit: TenureUnit; count: number } {
  const safeDays = Number.isFinite(days) && days > 0 ? Math.floor(days) : 0
  if (safeDays >= 365) return { unit: 'years', count: Math.floor(safeDays / 365) }
  if (safeDays >= 60) return { unit: 'months', count: Math.floor(safeDays / 30.44) }
  if (safeDays === 0) return { unit: 'new', count: 0 }
  return { unit: 'days', count: safeDays }
}
