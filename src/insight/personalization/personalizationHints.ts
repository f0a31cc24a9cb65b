/**
 * Concrete personalization hints for the tier. Every tier greets by name (the first name, or a nickname they gave);
 * basic references their history (the previous ticket) or, on a first contact, explains what happens next;
 * moderate adds continuity with the past issue (checking it "stayed resolved" only when it was a problem that was
 * solved) and the relationship so far, counted in its window; high adds a proactive follow-up and account context.
 * A requester writing in another language gets a hint to answer in it. Hints cite the data they come from.
 */
import { clip, languageName, quotedChars } from '../phrases/evidencePhrases'
import { phrase } from '../phrases/insightPhrases'
import type { PersonalizationHints, Phrase } from '../relationshipInsight'
import type { RelationshipState } from '../relationshipState'
import type { TimelineTicket } from '../history/requesterTimeline'
import type { ToneReader } from '../tone/toneReader'
import { greetingName } from './greetingName'
import type { TierChoice } from './personalizationTier'

/** The language they write in (as read from this ticket), else the one their Zendesk profile names. */
export function writingLanguage(state: RelationshipState): string | null {
  if (state.current.language !== null) return state.current.language.toLowerCase()
  const locale = state.timeline.requester.locale
  return locale ? (locale.split(/[-_]/)[0] ?? '').toLowerCase() || null : null
}

const settledStatuses: ReadonlySet<string> = new Set(['solved', 'closed'])

/** A solved or closed ticket that was a problem (problem words or a negative turn, a reopen, a bad rating). */
function wasSolvedProblem(entry: TimelineTicket, tone: ToneReader): boolean {
  const { ticket } = entry
  if (!settledStatuses.has(ticket.status)) return false
  if (ticket.satisfaction === 'bad' || (ticket.reopens ?? 0) > 0) return true
  const reading = tone.ticketTone(entry).reading
  return reading !== null && (reading.label === 'negative' || reading.cues.some((cue) => cue.kind === 'problem'))
}

function historyHint(state: RelationshipState, continuity: boolean, tone: ToneReader): Phrase {
  const { previous } = state.timeline
  if (!previous) {
    const { totals } = state
    // "No earlier tickets" only when that is known; else there may be some beyond the lookback.
    const noneEver = state.signals.firstContact || (totals.lifetime !== null && totals.lifetime <= totals.read)
    return noneEver
      ? phrase('insight.tier.hint.explainNextSteps', {})
      : phrase('insight.tier.hint.nothingRecent', { months: totals.lookbackMonths })
  }
  const subject = clip(previous.ticket.subject, quotedChars)
  if (subject !== '' && continuity && wasSolvedProblem(previous, tone))
    return phrase('insight.tier.hint.continuity', { subject })
  const days = state.signals.daysSinceLastContact ?? 0
  return subject === ''
    ? phrase('insight.tier.hint.referencePreviousUntitled', { days })
    : phrase('insight.tier.hint.referencePrevious', { subject, days })
}

/** "N tickets with you so far", in its window when the lifetime count is unknown. */
function relationshipSoFar({ totals }: RelationshipState): Phrase {
  if (totals.lifetime !== null) return phrase('insight.tier.hint.relationshipSoFar', { count: totals.lifetime })
  if (totals.atLeast) return phrase('insight.tier.hint.relationshipSoFarAtLeast', { count: totals.read })
  return phrase('insight.tier.hint.relationshipSoFarInWindow', { count: totals.read, months: totals.lookbackMonths })
}

export function personalizationHints(state: RelationshipState, tier: TierChoice): PersonalizationHints {
  const { tone } = state
  const { requester, organization } = state.timeline
  const hints: Phrase[] = []
  const language = writingLanguage(state)
  if (language !== null && language !== 'en')
    hints.push(phrase('insight.tier.hint.replyInLanguage', { language: languageName(language) }))
  const name = clip(greetingName(requester.name), quotedChars)
  hints.push(
    name === '' ? phrase('insight.tier.hint.greetPersonally', {}) : phrase('insight.tier.hint.useName', { name })
  )

  if (tier.tier === 'basic') {
    hints.push(historyHint(state, false, tone))
  } else if (tier.tier === 'moderate') {
    hints.push(historyHint(state, true, tone))
    if (!state.signals.firstContact) hints.push(relationshipSoFar(state))
  } else {
    hints.push(phrase('insight.tier.hint.proactiveFollowUp', {}))
    const organizationName = organization ? clip(organization.name, quotedChars) : ''
    hints.push(
      organizationName === ''
        ? phrase('insight.tier.hint.accountContextNoOrganization', {})
        : phrase('insight.tier.hint.accountContext', { organization: organizationName })
    )
    if (state.timeline.previous) hints.push(historyHint(state, true, tone))
  }
  return { tier: tier.tier, reason: tier.reason, hints }
}
