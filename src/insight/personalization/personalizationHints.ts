/**
 * Concrete personalization hints for the tier. Every tier greets by name; basic references their history
 * (the previous ticket) or, on a first contact, explains what happens next; moderate adds continuity with the
 * past issue and the relationship so far; high adds a proactive follow-up and account context. A requester
 * writing in another language gets a hint to answer in it. Hints cite the data they come from.
 */
import { clip, languageName, quotedChars } from '../phrases/evidencePhrases'
import { phrase } from '../phrases/insightPhrases'
import type { PersonalizationHints, Phrase } from '../relationshipInsight'
import type { RelationshipState } from '../relationshipState'
import type { TierChoice } from './personalizationTier'

/** The language they write in (as read from this ticket), else the one their Zendesk profile names. */
export function writingLanguage(state: RelationshipState): string | null {
  if (state.current.language !== null) return state.current.language.toLowerCase()
  const locale = state.timeline.requester.locale
  return locale ? (locale.split(/[-_]/)[0] ?? '').toLowerCase() || null : null
}

function historyHint(state: RelationshipState, continuity: boolean): Phrase {
  const { previous } = state.timeline
  if (!previous) return phrase('insight.tier.hint.explainNextSteps', {})
  const subject = clip(previous.ticket.subject, quotedChars)
  if (subject !== '' && continuity) return phrase('insight.tier.hint.continuity', { subject })
  const days = state.signals.daysSinceLastContact ?? 0
  return subject === ''
    ? phrase('insight.tier.hint.referencePreviousUntitled', { days })
    : phrase('insight.tier.hint.referencePrevious', { subject, days })
}

export function personalizationHints(state: RelationshipState, tier: TierChoice): PersonalizationHints {
  const { requester, organization } = state.timeline
  const hints: Phrase[] = []
  const language = writingLanguage(state)
  if (language !== null && language !== 'en')
    hints.push(phrase('insight.tier.hint.replyInLanguage', { language: languageName(language) }))
  const name = clip(requester.name, quotedChars)
  hints.push(
    name === '' ? phrase('insight.tier.hint.greetPersonally', {}) : phrase('insight.tier.hint.useName', { name })
  )

  if (tier.tier === 'basic') {
    hints.push(historyHint(state, false))
  } else if (tier.tier === 'moderate') {
    hints.push(historyHint(state, true))
    if (!state.signals.firstContact)
      hints.push(phrase('insight.tier.hint.relationshipSoFar', { count: state.signals.ticketCount }))
  } else {
    hints.push(phrase('insight.tier.hint.proactiveFollowUp', {}))
    const organizationName = organization ? clip(organization.name, quotedChars) : ''
    hints.push(
      organizationName === ''
        ? phrase('insight.tier.hint.accountContextNoOrganization', {})
        : phrase('insight.tier.hint.accountContext', { organization: organizationName })
    )
    if (state.timeline.previous) hints.push(historyHint(state, true))
  }
  return { tier: tier.tier, reason: tier.reason, hints }
}
