/**
 * The admin-tunable thresholds the insight engine reads. Values arrive from manifest parameters, parsed and
 * validated in src/zendesk/settings.ts; these defaults must match manifest.json.
 */
export interface TierMapping {
  highTierTags: string[]
  moderateTierTags: string[]
  /** Key of an organization or user field holding the plan; '' to use tags only. */
  tierFieldKey: string
  highTierFieldValues: string[]
  moderateTierFieldValues: string[]
  /** Without a mapped tier, this many tickets or more earns the moderate tier. */
  moderateEngagementTickets: number
}

export interface InsightSettings {
  /** Score in [-1, 1] at or below which the frustrated alert shows. */
  frustratedAlertThreshold: number
  /** Score in [-1, 1] at or above which the delighted alert shows. */
  delightedAlertThreshold: number
  repeatContactWindowDays: number
  /** Tickets in the first 30 days that flag an early churn risk. */
  earlyContactCount: number
  longTenureMonths: number
  tiers: TierMapping
}

export const defaultInsightSettings: InsightSettings = {
  frustratedAlertThreshold: -0.35,
  delightedAlertThreshold: 0.5,
  repeatContactWindowDays: 14,
  earlyContactCount: 3,
  longTenureMonths: 12,
  tiers: {
    highTierTags: ['premium', 'enterprise', 'vip'],
    moderateTierTags: ['business', 'plus'],
    tierFieldKey: 'plan',
    highTierFieldValues: ['enterprise', 'premium'],
    moderateTierFieldValues: ['business', 'professional'],
    moderateEngagementTickets: 5
  }
}
