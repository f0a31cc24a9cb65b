/**
 * Patterns and segments, each with the evidence that matched it and thresholds from settings or insightModel:
 * - frustratedLoyalist: long tenure (≥ longTenureMonths) or high loyalty (Loyalty ≥ highLoyaltyScore), and a
 *   negative turn: this ticket reads negative, or the last two tickets did (labels, not scores: a calm message
 *   that describes a problem scores below zero but is no turn), and this ticket does not read positive. A declining
 *   trend is cited, not required.
 * - earlyChurnRisk: ≥ earlyContactCount tickets in the first 30 days, while still in the first earlyLifeDays.
 *   Standardized replies make it worse (the seeds cite ~80% higher churn) and are cited as evidence.
 * - churnRisk: risk factors summing to ≥ churnRiskWeight — words of leaving (2), a bad rating in the last 90 days,
 *   a tone declining into a negative latest ticket, a third contact on the same topic, a reopened current ticket
 *   (1 each). Overall health is not a factor: it falls with the tone, already counted. Not shown beside
 *   earlyChurnRisk, which already says it.
 * - delightedAdvocate: ≥ advocatePositiveShare of ≥ advocateMinimumReadings tickets read positive, this one not
 *   negative, no bad rating in 90 days and bad ratings rare overall.
 * - highValue: the high tier, mapped by an admin tag or field (engagement alone does not make high value).
 * - newCustomer: a first contact, or a customer for less than newCustomerDays.
 */
import { insightModel, type InsightSettings } from '../insightSettings'
import { phrase } from '../phrases/insightPhrases'
import { repeatTopicEvidence, tenureEvidence, toneNowEvidence, toneTrendEvidence } from '../phrases/evidencePhrases'
import type { PatternMatch, Phrase } from '../relationshipInsight'
import type { RelationshipState } from '../relationshipState'
import type { TierChoice } from '../personalization/personalizationTier'
import { ticketTotalPhrase } from '../history/ticketTotals'

export interface PatternInputs {
  state: RelationshipState
  loyaltyScore: number
  tier: TierChoice
  settings: InsightSettings
}

function negativeTurn(state: RelationshipState): Phrase[] {
  const { current, trend } = state
  // A ticket that reads positive is no rough time, whatever the tickets around it say.
  if (current.label === 'positive') return []
  const evidence: Phrase[] = []
  if (current.label === 'negative') evidence.push(toneNowEvidence(current))
  if (trend.recentNegativeRun >= 2)
    evidence.push(phrase('insight.evidence.recentNegative', { count: trend.recentNegativeRun }))
  const trendEvidence = toneTrendEvidence(trend.trend)
  if (evidence.length > 0 && trend.trend.direction === 'declining' && trendEvidence) evidence.push(trendEvidence)
  return evidence
}

function frustratedLoyalist({ state, loyaltyScore, settings }: PatternInputs): Phrase[] | null {
  const longTenure = state.details.tenureMonths >= settings.longTenureMonths
  if (!longTenure && loyaltyScore < insightModel.highLoyaltyScore) return null
  const turn = negativeTurn(state)
  if (turn.length === 0) return null
  const evidence = [tenureEvidence(state.signals.tenureDays)]
  if (state.signals.csatGood > 0) evidence.push(phrase('insight.evidence.csatGood', { count: state.signals.csatGood }))
  return [...evidence, ...turn]
}

function earlyChurnRisk({ state, settings }: PatternInputs): Phrase[] | null {
  const { signals } = state
  if (signals.contactsInFirst30Days < settings.earlyContactCount || signals.tenureDays > insightModel.earlyLifeDays)
    return null
  const evidence = [
    phrase('insight.evidence.contactsInFirst30Days', { count: signals.contactsInFirst30Days }),
    tenureEvidence(signals.tenureDays)
  ]
  if (signals.currentTopic !== null) evidence.push(repeatTopicEvidence(signals, settings))
  if (signals.standardizedReplies) {
    evidence.push(phrase('insight.evidence.standardizedReplies', { count: signals.standardizedReplyTickets }))
    evidence.push(phrase('insight.evidence.standardizedChurn', {}))
  }
  return evidence
}

function churnRisk({ state, settings }: PatternInputs): Phrase[] | null {
  const { signals, trend, churnTerms, details } = state
  let weight = 0
  const evidence: Phrase[] = []
  const [term] = churnTerms
  if (term !== undefined) {
    weight += 2
    evidence.push(phrase('insight.evidence.churnIntent', { term }))
  }
  if (signals.csatBadLast90Days > 0) {
    weight++
    evidence.push(phrase('insight.evidence.csatBadRecent', { count: signals.csatBadLast90Days }))
  }
  const trendEvidence = toneTrendEvidence(trend.trend)
  if (trend.trend.direction === 'declining' && trend.labels[trend.labels.length - 1] === 'negative' && trendEvidence) {
    weight++
    evidence.push(trendEvidence)
  }
  if (signals.currentTopicContacts >= 3) {
    weight++
    evidence.push(repeatTopicEvidence(signals, settings))
  }
  if (details.currentReopens > 0) {
    weight++
    evidence.push(phrase('insight.evidence.reopens', { count: details.currentReopens }))
  }
  return weight >= insightModel.churnRiskWeight ? evidence : null
}

function delightedAdvocate({ state }: PatternInputs): Phrase[] | null {
  const { signals, trend, current } = state
  const readings = trend.labels.length
  if (readings < insightModel.advocateMinimumReadings || current.label === 'negative') return null
  const positive = trend.labels.filter((label) => label === 'positive').length
  if (positive / readings < insightModel.advocatePositiveShare) return null
  if (signals.csatBadLast90Days > 0 || signals.csatBad * 4 > signals.csatGood) return null
  const evidence = [
    phrase('insight.evidence.positiveShare', { percent: Math.round((100 * positive) / readings), count: readings })
  ]
  if (signals.csatGood > 0) evidence.push(phrase('insight.evidence.csatGood', { count: signals.csatGood }))
  evidence.push(toneNowEvidence(current))
  return evidence
}

function highValue({ tier }: PatternInputs): Phrase[] | null {
  return tier.tier === 'high' && tier.mapped ? [tier.reason] : null
}

function newCustomer({ state }: PatternInputs): Phrase[] | null {
  const { signals } = state
  if (signals.firstContact) return [phrase('insight.evidence.firstContact', {}), tenureEvidence(signals.tenureDays)]
  if (signals.tenureDays < insightModel.newCustomerDays) {
    return [tenureEvidence(signals.tenureDays), ticketTotalPhrase(state.totals)]
  }
  return null
}

export function relationshipPatterns(inputs: PatternInputs): PatternMatch[] {
  const matches: PatternMatch[] = []
  const add = (id: PatternMatch['id'], evidence: Phrase[] | null) => {
    if (evidence) matches.push({ id, evidence })
  }
  const loyalist = frustratedLoyalist(inputs)
  const early = earlyChurnRisk(inputs)
  add('frustratedLoyalist', loyalist)
  add('earlyChurnRisk', early)
  if (!early) add('churnRisk', churnRisk(inputs))
  add('highValue', highValue(inputs))
  if (!loyalist) add('delightedAdvocate', delightedAdvocate(inputs))
  add('newCustomer', newCustomer(inputs))
  return matches
}
