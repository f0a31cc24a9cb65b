/**
 * Connection Depth — how long and how closely the customer has worked with the team.
 *   raw = 1 + 4·min(1, tenureMonths / 24) + 3·min(1, log2(tickets) / 4) + 2·min(1, (messagesPerTicket − 1) / 2)
 * Why: depth is time together (two years fills it), the number of conversations (16 tickets fills it, on a log
 * scale since the 2nd ticket says more than the 40th), and how much the customer talks with the team rather than
 * filing and leaving (three of their messages per ticket fills it; unknown when no conversation was read).
 */
import { phrase } from '../phrases/insightPhrases'
import { tenureEvidence } from '../phrases/evidencePhrases'
import type { Phrase } from '../relationshipInsight'
import type { RelationshipState } from '../relationshipState'
import { saturate } from './scoreScale'
import { ticketTotalPhrase } from '../history/ticketTotals'

export function connectionDepth(state: RelationshipState): { raw: number; evidence: Phrase[] } {
  const { signals, details } = state
  const tenurePoints = 4 * saturate(details.tenureMonths, 24)
  const ticketPoints = 3 * saturate(Math.log2(Math.max(1, signals.ticketCount)), 4)
  const dialoguePoints = details.dialogueDepth === null ? 0 : 2 * saturate(details.dialogueDepth - 1, 2)
  const evidence = [
    tenureEvidence(signals.tenureDays),
    signals.firstContact ? phrase('insight.evidence.firstContact', {}) : ticketTotalPhrase(state.totals)
  ]
  if (details.dialogueDepth !== null) {
    evidence.push(phrase('insight.evidence.dialogueDepth', { count: Math.round(details.dialogueDepth * 10) / 10 }))
  }
  return { raw: 1 + tenurePoints + ticketPoints + dialoguePoints, evidence }
}
