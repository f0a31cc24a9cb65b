/**
 * What the insight engine hands to the sidebar (and, later, the companion). Every user-visible phrase is a
 * translation key plus parameters, so the engine stays language-neutral and the app translates.
 */

/** A translatable line: `key` names an entry in translations/<locale>.json, `params` fill its {{placeholders}}. */
export interface Phrase {
  key: string
  params: Record<string, string | number>
}

export type SentimentLabel = 'negative' | 'neutral' | 'positive' | 'unknown'

/** One reason a text scored as it did (the "why"): a matched word, emoji, cue or rule. */
export interface SentimentCue {
  kind: string
  text: string
  weight: number
}

export interface SentimentReading {
  /** In [-1, 1]; 0 when the label is 'unknown'. */
  score: number
  label: SentimentLabel
  /** In [0, 1]. */
  confidence: number
  /** ISO 639-1 code, or null when too short to tell. */
  language: string | null
  cues: SentimentCue[]
}

export type TrendDirection = 'improving' | 'steady' | 'declining' | 'unknown'

export interface SentimentTrend {
  direction: TrendDirection
  /** Average score of the recent window and of the baseline before it; null when there is no data. */
  recent: number | null
  baseline: number | null
  /** Least-squares change in score per ticket over all points; null with fewer than two points. */
  slope: number | null
  /** Per-ticket scores and their labels, oldest first, for a sparkline and the tone word of each ticket. */
  points: Array<{ ticketId: number; createdAt: string; score: number; label: SentimentLabel }>
}

export type ScorecardDimensionId =
  'connectionDepth' | 'trustLevel' | 'emotionalAlignment' | 'proactiveValue' | 'loyaltyIndicators'

export interface ScorecardDimension {
  id: ScorecardDimensionId
  /** 1–10. */
  score: number
  /** What the dimension measures and from which inputs (a translation key, no params). */
  definition: Phrase
  evidence: Phrase[]
}

export interface RelationshipScorecard {
  dimensions: ScorecardDimension[]
  /** 1–10. */
  overall: number
  /** Overall health before the recent tickets (1–10), the reference for `direction`; null without earlier history. */
  previousOverall: number | null
  direction: TrendDirection
}

export type PatternId =
  'frustratedLoyalist' | 'earlyChurnRisk' | 'delightedAdvocate' | 'highValue' | 'newCustomer' | 'churnRisk'

export interface PatternMatch {
  id: PatternId
  evidence: Phrase[]
}

export interface EmpathyPrompt {
  /** Stable id, so an agent's dismissal can be remembered. */
  id: string
  text: Phrase
  evidence: Phrase[]
}

export interface RelationshipAlert {
  kind: 'frustrated' | 'delighted'
  evidence: Phrase[]
}

export type PersonalizationTier = 'basic' | 'moderate' | 'high'

export interface PersonalizationHints {
  tier: PersonalizationTier
  /** Why this tier (a mapped tag, a field value, or engagement). */
  reason: Phrase
  hints: Phrase[]
}

export interface RelationshipSignals {
  tenureDays: number
  ticketCount: number
  contactsLast7Days: number
  contactsLast30Days: number
  contactsLast90Days: number
  contactsInFirst30Days: number
  repeatContacts: number
  reopens: number
  csatGood: number
  csatBad: number
  daysSinceLastContact: number | null
  standardizedReplies: boolean
  /** Only the current ticket: the requester has never contacted support before. */
  firstContact: boolean
  /** Recent tickets whose agent replies are near-identical to a reply on another ticket (macro text). */
  standardizedReplyTickets: number
  /** The current ticket's topic (a shared tag or subject words) when it repeats earlier tickets, else null. */
  currentTopic: string | null
  /** Tickets on the current ticket's topic within the repeat-contact window, the current one included (≥ 1). */
  currentTopicContacts: number
  /** Whole days from the first of those tickets to the current one. */
  currentTopicSpanDays: number
  /** Bad satisfaction ratings on tickets created in the last 90 days. */
  csatBadLast90Days: number
}

export interface RelationshipInsight {
  signals: RelationshipSignals
  /** Tone of the requester's own words in the current ticket. */
  currentSentiment: SentimentReading
  trend: SentimentTrend
  scorecard: RelationshipScorecard
  patterns: PatternMatch[]
  /** At most three, best first. */
  prompts: EmpathyPrompt[]
  alerts: RelationshipAlert[]
  personalization: PersonalizationHints
}
