/**
 * The personalization tier: admin-mapped first (organization tags, user tags, then the tier field on the
 * organization or the user; the high tier wins over moderate wherever it is found), then engagement (a customer
 * with `moderateEngagementTickets` tickets or more is worth moderate care even on no plan; the lifetime count when
 * known, else the tickets read), else basic.
 * Tags and values compare case-insensitively, as Zendesk stores tags lower-case.
 */
import type { InsightSettings, TierMapping } from '../insightSettings'
import { phrase } from '../phrases/insightPhrases'
import type { PersonalizationTier, Phrase, TicketTotals } from '../relationshipInsight'
import { knownTicketCount } from '../history/ticketTotals'
import type { FieldValue, Organization, Requester } from '../requesterHistory'

export interface TierChoice {
  tier: PersonalizationTier
  reason: Phrase
  /** True when an admin mapping (tag or field) chose the tier, not engagement. */
  mapped: boolean
}

const normalise = (value: string) => value.trim().toLowerCase()

function fieldText(value: FieldValue | undefined): string | null {
  return typeof value === 'string' || typeof value === 'number' ? normalise(String(value)) : null
}

function mappedReason(
  tags: string[],
  values: string[],
  requester: Requester,
  organization: Organization | null,
  fieldKey: string
): Phrase | null {
  const wanted = new Set(tags.map(normalise).filter((tag) => tag !== ''))
  const organizationTag = organization?.tags.find((tag) => wanted.has(normalise(tag)))
  if (organizationTag !== undefined) return phrase('insight.tier.reason.organizationTag', { tag: organizationTag })
  const userTag = requester.tags.find((tag) => wanted.has(normalise(tag)))
  if (userTag !== undefined) return phrase('insight.tier.reason.userTag', { tag: userTag })
  if (fieldKey === '') return null
  const wantedValues = new Set(values.map(normalise).filter((value) => value !== ''))
  const organizationValue = fieldText(organization?.fields[fieldKey])
  if (organizationValue !== null && wantedValues.has(organizationValue)) {
    return phrase('insight.tier.reason.organizationField', { key: fieldKey, value: organizationValue })
  }
  const userValue = fieldText(requester.fields[fieldKey])
  if (userValue !== null && wantedValues.has(userValue)) {
    return phrase('insight.tier.reason.userField', { key: fieldKey, value: userValue })
  }
  return null
}

export function personalizationTier(
  requester: Requester,
  organization: Organization | null,
  totals: TicketTotals,
  settings: InsightSettings
): TierChoice {
  const ticketCount = knownTicketCount(totals)
  const tiers: TierMapping = settings.tiers
  const fieldKey = tiers.tierFieldKey.trim()
  const high = mappedReason(tiers.highTierTags, tiers.highTierFieldValues, requester, organization, fieldKey)
  if (high) return { tier: 'high', reason: high, mapped: true }
  const moderate = mappedReason(
    tiers.moderateTierTags,
    tiers.moderateTierFieldValues,
    requester,
    organization,
    fieldKey
  )
  if (moderate) return { tier: 'moderate', reason: moderate, mapped: true }
  const engagement = { threshold: tiers.moderateEngagementTickets }
  if (ticketCount >= tiers.moderateEngagementTickets) {
    return { tier: 'moderate', reason: phrase('insight.tier.reason.engagement', engagement), mapped: false }
  }
  return { tier: 'basic', reason: phrase('insight.tier.reason.none', engagement), mapped: false }
}
