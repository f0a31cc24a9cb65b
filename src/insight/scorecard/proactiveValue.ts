/**
 * Proactive Value — whether contacts are occasional questions rather than repeated problems.
 *   raw = 9 − 4·min(1, 2·repeatContacts / tickets) − min(3, max(0, contactsLast30Days − 2))
 *         − 2·min(1, 2·reopenedTickets / tickets)
 * Why: a customer who writes now and then, each time about something new, gets value without chasing; repeat
 * contacts on the same topic, a burst of tickets this month (more than two) and reopened tickets all mean they
 * are chasing the team for a fix.
 */
import { phrase } from '../phrases/insightPhrases'
import type { InsightSettings } from '../insightSettings'
import type { Phrase } from '../relationshipInsight'
import type { RelationshipState } from '../relationshipState'
import { saturate } from './scoreScale'

export function proactiveValue(
  state: RelationshipState,
  settings: InsightSettings
): { raw: number; evidence: Phrase[] } {
  const { signals, details } = state
  const repeatPenalty = 4 * saturate(2 * signals.repeatContacts, signals.ticketCount)
  const burstPenalty = Math.min(3, Math.max(0, signals.contactsLast30Days - 2))
  const reopenPenalty = 2 * saturate(2 * details.reopenedTickets, signals.ticketCount)
  const window = settings.repeatContactWindowDays
  const evidence: Phrase[] = [
    signals.repeatContacts > 0
      ? phrase('insight.evidence.repeatContacts', { count: signals.repeatContacts, window })
      : phrase('insight.evidence.noRepeatContacts', { window }),
    phrase('insight.evidence.contactsLast30Days', { count: signals.contactsLast30Days })
  ]
  if (signals.reopens > 0) evidence.push(phrase('insight.evidence.reopens', { count: signals.reopens }))
  return { raw: 9 - repeatPenalty - burstPenalty - reopenPenalty, evidence }
}
