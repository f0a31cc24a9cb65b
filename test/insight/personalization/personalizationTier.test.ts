import { describe, expect, it } from 'vitest'
import { defaultInsightSettings } from '../../../src/insight/insightSettings'
import { personalizationTier } from '../../../src/insight/personalization/personalizationTier'
import type { Organization, Requester } from '../../../src/insight/requesterHistory'
import { history } from '../historyBuilder'

const settings = defaultInsightSettings
function tierOf(
  requester: Partial<Requester>,
  organization: Partial<Organization> | null,
  tickets = 1,
  custom = settings
) {
  const builder = history().requester(requester)
  if (organization) builder.organization(organization)
  const built = builder.build()
  const totals = { read: tickets, lifetime: tickets, atLeast: false, capped: false, lookbackMonths: 24 }
  return personalizationTier(built.requester, built.organization, totals, custom)
}

describe('personalizationTier', () => {
  it('maps organization tags, case-insensitively', () => {
    expect(tierOf({}, { tags: ['Enterprise'] })).toEqual({
      tier: 'high',
      reason: { key: 'insight.tier.reason.organizationTag', params: { tag: 'Enterprise' } },
      mapped: true
    })
    expect(tierOf({}, { tags: ['plus'] }).tier).toBe('moderate')
  })

  it('maps user tags', () => {
    expect(tierOf({ tags: ['vip'] }, null).reason).toEqual({
      key: 'insight.tier.reason.userTag',
      params: { tag: 'vip' }
    })
  })

  it('maps the tier field on the organization, then on the user', () => {
    expect(tierOf({}, { fields: { plan: 'Premium' } }).reason).toEqual({
      key: 'insight.tier.reason.organizationField',
      params: { key: 'plan', value: 'premium' }
    })
    expect(tierOf({ fields: { plan: 'professional' } }, null)).toMatchObject({ tier: 'moderate', mapped: true })
  })

  it('lets the high tier win wherever it is found', () => {
    expect(tierOf({ fields: { plan: 'enterprise' } }, { tags: ['business'] }).tier).toBe('high')
  })

  it('ignores fields when no tier field key is set, and non-text field values', () => {
    const tagsOnly = { ...settings, tiers: { ...settings.tiers, tierFieldKey: '' } }
    expect(tierOf({}, { fields: { plan: 'enterprise' } }, 1, tagsOnly).tier).toBe('basic')
    expect(tierOf({ fields: { plan: true } }, null).tier).toBe('basic')
  })

  it('gives engaged customers without a mapping the moderate tier, and others basic, saying why', () => {
    expect(tierOf({}, null, 5)).toEqual({
      tier: 'moderate',
      reason: { key: 'insight.tier.reason.engagement', params: { threshold: 5 } },
      mapped: false
    })
    expect(tierOf({}, null, 4)).toEqual({
      tier: 'basic',
      reason: { key: 'insight.tier.reason.none', params: { threshold: 5 } },
      mapped: false
    })
  })

  it('follows admin-defined tags', () => {
    const custom = { ...settings, tiers: { ...settings.tiers, highTierTags: ['gold'], moderateTierTags: ['silver'] } }
    expect(tierOf({}, { tags: ['gold'] }, 1, custom).tier).toBe('high')
    expect(tierOf({}, { tags: ['premium'] }, 1, custom).tier).toBe('basic')
  })
})
