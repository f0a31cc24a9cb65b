/**
 * The catalogue of phrases the engine emits: each key of translations/<locale>.json's `insight` block with the
 * params its {{placeholders}} need. Building a Phrase through `phrase()` lets the compiler check the params; a
 * test checks the translations against what analyzeRelationship actually emits. A `count` param selects the
 * plural form in the app.
 */
import type { Phrase } from '../relationshipInsight'

type None = Record<string, never>
type Count = { count: number }

export interface InsightPhraseParams {
  'insight.scorecard.connectionDepth.definition': None
  'insight.scorecard.trustLevel.definition': None
  'insight.scorecard.emotionalAlignment.definition': None
  'insight.scorecard.proactiveValue.definition': None
  'insight.scorecard.loyaltyIndicators.definition': None
  'insight.scorecard.heldByPattern.churnRisk': None
  'insight.scorecard.heldByPattern.earlyChurnRisk': None
  'insight.scorecard.heldByPattern.frustratedLoyalist': None

  /** Lifetime count, when it is all that was read (or the lookback reaches their start). */
  'insight.facts.tickets': Count
  /** Lifetime `count`; `read` of them within the last `months` months. */
  'insight.facts.ticketsWindowRead': { count: number; read: number; months: number }
  /** Lifetime `count`; the `read` most recent read (the maxTickets budget). */
  'insight.facts.ticketsNewestRead': { count: number; read: number }
  /** Lifetime unknown, the read capped: at least `count`. */
  'insight.facts.ticketsAtLeast': Count
  /** Lifetime unknown: `count` in the last `months` months. */
  'insight.facts.ticketsInWindow': { count: number; months: number }
  'insight.facts.recent': Count
  'insight.facts.recentBeforeTicket': Count
  'insight.asOf.notice.days': Count
  'insight.asOf.notice.months': Count
  'insight.asOf.notice.years': Count
  /** `count` tickets since this one; `score` today's overall health; the key names today's tone direction. */
  'insight.asOf.today.improving': { count: number; score: number }
  'insight.asOf.today.steady': { count: number; score: number }
  'insight.asOf.today.declining': { count: number; score: number }
  'insight.asOf.today.unknown': { count: number; score: number }

  'insight.evidence.tenureNew': None
  'insight.evidence.tenureDays': Count
  'insight.evidence.tenureMonths': Count
  'insight.evidence.tenureYears': Count
  'insight.evidence.noOutcomesYet': None
  'insight.evidence.noTicketsInLookback': { months: number }
  'insight.evidence.firstContact': None
  'insight.evidence.contactsLast7Days': Count
  'insight.evidence.contactsLast30Days': Count
  'insight.evidence.contactsInFirst30Days': Count
  /** `count` is the repeat-contact window in days (the window computed), `contacts` always 2 or more. */
  'insight.evidence.repeatTopic': { count: number; contacts: number; topic: string }
  'insight.evidence.repeatContacts': { count: number; window: number }
  'insight.evidence.noRepeatContacts': { window: number }
  'insight.evidence.reopens': Count
  'insight.evidence.noReopens': None
  'insight.evidence.csatGood': Count
  'insight.evidence.csatBad': Count
  'insight.evidence.csatBadRecent': Count
  'insight.evidence.noCsat': None
  'insight.evidence.daysSinceLastContact': Count
  'insight.evidence.activeQuarters': Count
  'insight.evidence.dialogueDepth': Count
  'insight.evidence.toneNow.negative': { score: string }
  'insight.evidence.toneNow.neutral': { score: string }
  'insight.evidence.toneNow.positive': { score: string }
  'insight.evidence.toneNow.unknown': None
  'insight.evidence.toneNow.unknownLanguage': { language: string }
  'insight.evidence.toneTrend.declining': { recent: string; baseline: string }
  'insight.evidence.toneTrend.improving': { recent: string; baseline: string }
  'insight.evidence.toneTrend.steady': { recent: string; baseline: string }
  'insight.evidence.recentNegative': Count
  'insight.evidence.positiveShare': { percent: number; count: number }
  'insight.evidence.cue': { text: string }
  'insight.evidence.standardizedReplies': Count
  'insight.evidence.standardizedChurn': None
  'insight.evidence.churnIntent': { term: string }

  'insight.prompt.repeatContact.text': { count: number; contacts: number; topic: string }
  'insight.prompt.repeatContactSliding.text': { count: number; contacts: number; topic: string }
  'insight.prompt.frustratedLoyalist.text': Count
  'insight.prompt.frustratedLoyalistLoyal.text': None
  'insight.prompt.earlyChurnRisk.text': Count
  'insight.prompt.earlyChurnRiskStandardized.text': Count
  'insight.prompt.currentNegative.text': None
  'insight.prompt.churnIntent.text': { term: string }
  'insight.prompt.reopened.text': Count
  'insight.prompt.recentBadRating.text': Count
  'insight.prompt.delighted.text': None
  'insight.prompt.welcomeBack.text': Count
  'insight.prompt.welcomeBackLookback.text': { months: number }
  'insight.prompt.firstContact.text': None
  'insight.prompt.toneUnknownLanguage.text': { language: string }
  'insight.prompt.toneUnknown.text': None
  'insight.prompt.thankLoyalty.text': Count
  'insight.prompt.contactBurst.text': Count

  'insight.tier.reason.organizationTag': { tag: string }
  'insight.tier.reason.userTag': { tag: string }
  'insight.tier.reason.organizationField': { key: string; value: string }
  'insight.tier.reason.userField': { key: string; value: string }
  'insight.tier.reason.engagement': { threshold: number }
  'insight.tier.reason.none': { threshold: number }
  'insight.tier.hint.useName': { name: string }
  'insight.tier.hint.greetPersonally': None
  'insight.tier.hint.referencePrevious': { subject: string; days: number }
  'insight.tier.hint.referencePreviousUntitled': { days: number }
  'insight.tier.hint.explainNextSteps': None
  'insight.tier.hint.nothingRecent': { months: number }
  'insight.tier.hint.continuity': { subject: string }
  'insight.tier.hint.relationshipSoFar': Count
  'insight.tier.hint.relationshipSoFarInWindow': { count: number; months: number }
  'insight.tier.hint.relationshipSoFarAtLeast': Count
  'insight.tier.hint.proactiveFollowUp': None
  'insight.tier.hint.accountContext': { organization: string }
  'insight.tier.hint.accountContextNoOrganization': None
  'insight.tier.hint.replyInLanguage': { language: string }
}

export type InsightPhraseKey = keyof InsightPhraseParams

export function phrase<K extends InsightPhraseKey>(key: K, params: InsightPhraseParams[K]): Phrase {
  return { key, params: { ...params } }
}

/** Scores shown to agents: two decimals on the -1…1 scale, as text so every locale shows the same figure. */
export function formatScore(score: number): string {
  return (Math.round(score * 100) / 100).toFixed(2)
}
