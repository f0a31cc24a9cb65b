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
  /**
   * Tickets in each: the recent window is the last two tickets with a reading (the last one in a short history),
   * the baseline the points before it, so words can name what was compared ("the last 2 read lower than the 6
   * before"). Without a direction: every point is recent, none baseline.
   */
  recentCount: number
  baselineCount: number
  /** Least-squares change in score per ticket over all points; null with fewer than two points. */
  slope: number | null
  /** Per-ticket scores and their labels, oldest first, for a sparkline and the tone word of each ticket. */
  points: Array<{ ticketId: number; createdAt: string; score: number; label: SentimentLabel }>
}

export type ScorecardDimensionId =
  'connectionDepth' | 'trustLevel' | 'emotionalAlignment' | 'proactiveValue' | 'loyaltyIndicators'

export interface ScorecardDimension {
  id: ScorecardDimensionId
  /** 1–10; null when there is no evidence to score it on ("not enough data"), and then left out of the overall. */
  score: number | null
  /** The score's colour (scoreBand); null with the score. */
  band: ScoreBand | null
  /** What the dimension measures and from which inputs (a translation key, no params). */
  definition: Phrase
  evidence: Phrase[]
}

/** How a 1–10 score reads at a glance (its colour): poor ≤ 3, fair ≤ 6, good above. */
export type ScoreBand = 'poor' | 'fair' | 'good'

export interface RelationshipScorecard {
  dimensions: ScorecardDimension[]
  /** 1–10: the mean of the dimensions that have a score. */
  overall: number
  /** The overall's colour: its score's band, held at 'fair' at most while a risk pattern shows. */
  band: ScoreBand
  /** Why the band is lower than the score alone would give (the risk pattern); null when it is not. */
  bandReason: Phrase | null
  /** Overall health before the recent tickets (1–10); null without earlier history. */
  previousOverall: number | null
  /** The relationship's direction: the tone trend's, computed once (`RelationshipInsight.trend.direction`). */
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

/** How many tickets the relationship holds and how many were read, as of the open ticket. */
export interface TicketTotals {
  /** Tickets read (within the lookback and the maxTickets budget, up to the open ticket in an as-of view). */
  read: number
  /** Tickets they ever opened, as of the open ticket; null when unknown (then only the window is known). */
  lifetime: number | null
  /** Lifetime unknown and the read stopped at maxTickets: there are at least `read`. */
  atLeast: boolean
  /** The read stopped at maxTickets. */
  capped: boolean
  lookbackMonths: number
}

/** The header's facts, each already saying its window ("250 tickets · 65 in the last 24 months read"). */
export interface RelationshipFacts {
  tenure: Phrase
  tickets: Phrase
  /** Contacts in the 30 days before the open ticket (as-of view) or before now. */
  recent: Phrase
  totals: TicketTotals
}

/** Present when the sidebar shows the relationship as of a past (solved or closed) ticket. */
export interface AsOfView {
  ticketId: number
  /** When the ticket was opened: the moment the view describes. */
  createdAt: string
  /** "Showing the relationship as it was when this ticket was opened, 2 years ago." */
  notice: Phrase
  /** One line on today, when the relationship has moved on since (later tickets); else null. */
  today: Phrase | null
}

export interface RelationshipSignals {
  tenureDays: number
  /** Tickets read (see RelationshipFacts.totals for the lifetime count and the window). */
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
  /** Only the current ticket, and known to be their first (lifetime count or a lookback reaching their start). */
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
  facts: RelationshipFacts
  /** Non-null when the view is as of a past ticket rather than today. */
  asOf: AsOfView | null
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
