/**
 * Every number the insight engine decides with, in one place. Two kinds:
 * - `InsightSettings`: admin-tunable thresholds. Values arrive from manifest parameters, parsed and validated in
 *   src/zendesk/settings.ts; `defaultInsightSettings` must match manifest.json, and `insightSettingLimits` gives the
 *   range each numeric parameter may take so the parser and the engine agree.
 * - `insightModel`: fixed constants of the model (windows, weights, cut-offs). They are not admin settings because
 *   changing one changes what a score means; they are here so they are read, reviewed and tested together.
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
  /** Tickets on the same topic within this many days count as repeat contacts. */
  repeatContactWindowDays: number
  /** Tickets in the first 30 days that flag an early churn risk. */
  earlyContactCount: number
  /** Months of history from which a customer counts as long-standing (frustrated loyalist). */
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

export interface NumberLimit {
  min: number
  max: number
  integer: boolean
}

/**
 * Allowed range of each numeric insight parameter (manifest name → limit). Tone thresholds live on the score
 * scale [-1, 1]; counts and windows are whole numbers with a ceiling far above any sensible value, so only
 * typos are rejected. The frustrated threshold must also stay below the delighted one.
 */
export const insightSettingLimits = {
  frustratedAlertThreshold: { min: -1, max: 1, integer: false },
  delightedAlertThreshold: { min: -1, max: 1, integer: false },
  repeatContactWindowDays: { min: 1, max: 365, integer: true },
  earlyContactCount: { min: 1, max: 100, integer: true },
  longTenureMonths: { min: 1, max: 600, integer: true },
  moderateEngagementTickets: { min: 1, max: 10_000, integer: true }
} as const satisfies Record<string, NumberLimit>

export const insightModel = {
  /** Days in an average month, for tenure in months and the lookback's reach. */
  averageMonthDays: 30.44,
  /** A solved or closed ticket opened longer ago than this is read as of its own moment, not today's. */
  pastTicketDays: 30,
  /** The customer's first month, for "contacts in the first 30 days". */
  firstMonthDays: 30,
  /** Early churn risk only while the customer is still early in their life: after this, other patterns apply. */
  earlyLifeDays: 90,
  /** A customer younger than this (or on a first contact) is a new customer. */
  newCustomerDays: 30,
  /** "Recent" for bad ratings and reopens that feed churn risk. */
  recentDays: 90,
  /** A gap this long before the current ticket reads as a returning customer. */
  welcomeBackDays: 180,
  /** This many tickets in the last 7 days (current included) is a burst worth a prompt. */
  burstContactsIn7Days: 3,
  /** Tone trend: the most recent tickets with a reading, at most this many (a sparkline's worth; bounds cost). */
  trendTickets: 24,
  /** With at least this many points the recent window is the last two tickets, else the last one. */
  trendTwoTicketWindowFrom: 4,
  /** Recent minus baseline tone of at least this much (score scale) is a change of direction. */
  trendChange: 0.2,
  /** Per ticket, only the last few requester messages are read; the latest weighs most. */
  messagesPerTicket: 6,
  /** Per ticket, at most this many requester messages are cleaned to find them (most recent first): a thread of
   * hundreds of messages that clean to nothing must not cost hundreds of cleanings. */
  messagesCleanedPerTicket: 12,
  /** Each message weighs this many times the one before it in the same ticket. */
  latestMessageWeight: 2,
  /** Longer texts are cut before cleaning and reading: the customer's own words come first in a reply. */
  maxBodyChars: 20_000,
  maxReadChars: 4_000,
  /** What one analysis cleans and reads in all, whatever the texts (see TextBudget in history/requesterWords). */
  maxCleanedCharsPerAnalysis: 300_000,
  maxReadCharsPerAnalysis: 60_000,
  /** Subject token overlap (Jaccard) from which two tickets are on the same topic. */
  subjectSimilarity: 0.5,
  /** Each ticket is compared with at most this many earlier tickets in the window (bounds cost on busy requesters). */
  repeatComparisons: 50,
  /** A tag on at least this share of a requester's tickets (with enough tickets) says nothing about topic. */
  genericTagShare: 0.8,
  genericTagMinimumTickets: 5,
  /** Standardized replies: agent replies of at least this many words, compared by 3-word shingles. */
  macroMinimumWords: 12,
  macroSimilarity: 0.6,
  /** Agent replies compared, newest first (bounds the pairwise comparison). */
  macroRepliesCompared: 40,
  /** Agent replies looked at to find them, short ones included. */
  macroRepliesExamined: 80,
  /** A reply is compared on its first words: a macro shows in its opening, and the shingle set stays small. */
  macroWordsCompared: 300,
  /** Subjects are read up to this many characters (what the agent sees of one in a ticket list). */
  maxSubjectChars: 150,
  /** Near-identical replies on at least this many tickets mean replies look standardized. */
  macroMinimumTickets: 2,
  /** Score colours on the 1–10 scale: poor up to this, fair up to the next, good above. */
  poorScoreAtMost: 3,
  fairScoreAtMost: 6,
  /** The overall's colour while a risk pattern (churn risk, early churn risk, frustrated loyalist) shows. */
  riskPatternBand: 'fair',
  /** Delighted advocate: share of positive tickets, with at least this many readings. */
  advocatePositiveShare: 0.6,
  advocateMinimumReadings: 2,
  /** Frustrated loyalist without long tenure: a loyalty score at least this high. */
  highLoyaltyScore: 7,
  /** Churn risk: summed weight of risk factors from which the pattern shows. */
  churnRiskWeight: 2,
  /** Empathy prompts shown at most. */
  maxPrompts: 3
} as const
