/**
 * Empathy prompts: suggestions grounded in this requester's data, never scripts to paste. Every candidate
 * whose condition holds is ranked by priority (what the agent most needs to get right first: words of leaving,
 * a repeat contact, an early or loyal customer at risk), and the top `maxPrompts` are shown. Ids are stable per
 * kind of prompt, so an agent's dismissal survives a reload and a variant change.
 */
import { insightModel, type InsightSettings } from '../insightSettings'
import { phrase } from '../phrases/insightPhrases'
import {
  clip,
  languageName,
  quotedChars,
  repeatTopicEvidence,
  repeatTopicParams,
  tenureEvidence,
  tenureYears,
  toneNowEvidence,
  toneTrendEvidence
} from '../phrases/evidencePhrases'
import type { EmpathyPrompt, PatternId, PatternMatch, Phrase } from '../relationshipInsight'
import type { RelationshipState } from '../relationshipState'
import { isDelighted } from './relationshipAlerts'

interface Candidate extends EmpathyPrompt {
  priority: number
}

const present = (evidence: Array<Phrase | null>): Phrase[] => evidence.filter((line): line is Phrase => line !== null)

export function empathyPrompts(
  state: RelationshipState,
  patterns: PatternMatch[],
  settings: InsightSettings
): EmpathyPrompt[] {
  const { signals, details, current, trend, churnTerms } = state
  const matched = (id: PatternId) => patterns.find((pattern) => pattern.id === id)
  const candidates: Candidate[] = []
  const add = (priority: number, id: string, text: Phrase, evidence: Array<Phrase | null>) =>
    candidates.push({ priority, id, text, evidence: present(evidence) })
  const sliding = trend.trend.direction === 'declining'

  const [term] = churnTerms
  if (term !== undefined) {
    add(100, 'churnIntent', phrase('insight.prompt.churnIntent.text', { term: clip(term, quotedChars) }), [
      phrase('insight.evidence.churnIntent', { term: clip(term, quotedChars) }),
      toneNowEvidence(current)
    ])
  }

  if (signals.currentTopicContacts >= 2 && signals.currentTopic !== null) {
    const params = repeatTopicParams(signals)
    const key = sliding ? 'insight.prompt.repeatContactSliding.text' : 'insight.prompt.repeatContact.text'
    add(90, 'repeatContact', phrase(key, params), [
      repeatTopicEvidence(signals),
      sliding ? toneTrendEvidence(trend.trend) : null
    ])
  }

  const early = matched('earlyChurnRisk')
  if (early) {
    const count = signals.contactsInFirst30Days
    const key = signals.standardizedReplies
      ? 'insight.prompt.earlyChurnRiskStandardized.text'
      : 'insight.prompt.earlyChurnRisk.text'
    add(85, 'earlyChurnRisk', phrase(key, { count }), early.evidence)
  }

  const loyalist = matched('frustratedLoyalist')
  if (loyalist) {
    const years = tenureYears(signals.tenureDays)
    const text =
      years >= 1
        ? phrase('insight.prompt.frustratedLoyalist.text', { count: years })
        : phrase('insight.prompt.frustratedLoyalistLoyal.text', {})
    add(80, 'frustratedLoyalist', text, loyalist.evidence)
  }

  if (details.currentReopens > 0) {
    add(75, 'reopened', phrase('insight.prompt.reopened.text', { count: details.currentReopens }), [
      phrase('insight.evidence.reopens', { count: details.currentReopens })
    ])
  }

  if (current.label === 'negative' && !loyalist) {
    add(70, 'currentNegative', phrase('insight.prompt.currentNegative.text', {}), [
      toneNowEvidence(current),
      toneTrendEvidence(trend.trend)
    ])
  }

  if (signals.csatBadLast90Days > 0) {
    add(65, 'recentBadRating', phrase('insight.prompt.recentBadRating.text', { count: signals.csatBadLast90Days }), [
      phrase('insight.evidence.csatBadRecent', { count: signals.csatBadLast90Days })
    ])
  }

  if (signals.contactsLast7Days >= insightModel.burstContactsIn7Days && signals.currentTopicContacts < 2) {
    add(60, 'contactBurst', phrase('insight.prompt.contactBurst.text', { count: signals.contactsLast7Days }), [
      phrase('insight.evidence.contactsLast7Days', { count: signals.contactsLast7Days })
    ])
  }

  if (current.label === 'unknown') {
    const language = current.language
    if (language !== null && language !== 'en') {
      add(55, 'toneUnknown', phrase('insight.prompt.toneUnknownLanguage.text', { language: languageName(language) }), [
        toneNowEvidence(current)
      ])
    } else {
      add(40, 'toneUnknown', phrase('insight.prompt.toneUnknown.text', {}), [toneNowEvidence(current)])
    }
  }

  if (signals.firstContact) {
    add(50, 'firstContact', phrase('insight.prompt.firstContact.text', {}), [
      phrase('insight.evidence.firstContact', {})
    ])
  } else if (signals.daysSinceLastContact !== null && signals.daysSinceLastContact >= insightModel.welcomeBackDays) {
    add(50, 'welcomeBack', phrase('insight.prompt.welcomeBack.text', { count: signals.daysSinceLastContact }), [
      phrase('insight.evidence.daysSinceLastContact', { count: signals.daysSinceLastContact })
    ])
  }

  const delighted = isDelighted(state, settings)
  const advocate = matched('delightedAdvocate')
  if (delighted || advocate) {
    add(
      45,
      'delighted',
      phrase('insight.prompt.delighted.text', {}),
      advocate ? advocate.evidence : [toneNowEvidence(current)]
    )
  }

  // Thanks only when the tone is known to be fine: to a customer whose mood Rapport cannot read it may land badly.
  const toneIsFine = current.label === 'positive' || current.label === 'neutral'
  const atRisk = loyalist || early || matched('churnRisk')
  if (
    toneIsFine &&
    !atRisk &&
    details.tenureMonths >= settings.longTenureMonths &&
    signals.csatGood > 0 &&
    signals.csatBad === 0
  ) {
    const years = Math.max(1, tenureYears(signals.tenureDays))
    add(30, 'thankLoyalty', phrase('insight.prompt.thankLoyalty.text', { count: years }), [
      tenureEvidence(signals.tenureDays),
      phrase('insight.evidence.csatGood', { count: signals.csatGood })
    ])
  }

  return candidates
    .sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id))
    .slice(0, insightModel.maxPrompts)
    .map(({ id, text, evidence }) => ({ id, text, evidence }))
}
