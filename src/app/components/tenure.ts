export type TenureUnit = 'days' | 'months' | 'years'

/** Rounds a tenure in days to the unit an agent reads at a glance ("3 years", "5 months", "12 days"). */
export function tenureParts(days: number): { unit: TenureUnit; count: number } {
  const safeDays = Number.isFinite(days) && days > 0 ? Math.floor(days) : 0
  if (safeDays >= 365) return { unit: 'years', count: Math.floor(safeDays / 365) }
  if (safeDays >= 60) return { unit: 'months', count: Math.floor(safeDays / 30.44) }
  return { unit: 'days', count: safeDays }
}
