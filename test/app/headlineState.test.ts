import { describe, expect, it } from 'vitest'
import { alertTags } from '../../src/app/actions/alertTags'
import { headlineState, otherPatterns } from '../../src/app/components/headlineState'
import type { PatternMatch, RelationshipAlert, RelationshipInsight } from '../../src/insight/relationshipInsight'
import { defaultActionSettings } from '../../src/zendesk/settings'

const evidence = (key: string, params: Record<string, string | number> = {}) => ({ key, params })

/** Only the parts the headline and the tag rules read; the rest of an insight does not matter to them. */
function insightWith(patterns: PatternMatch[], alerts: RelationshipAlert[] = []): RelationshipInsight {
  return { patterns, alerts } as Partial<RelationshipInsight> as RelationshipInsight
}

const loyalist: PatternMatch = {
  id: 'frustratedLoyalist',
  evidence: [
    evidence('insight.evidence.tenureYears', { count: 4 }),
    evidence('insight.evidence.toneNow.negative', { score: '-0.80' })
  ]
}
const churn: PatternMatch = {
  id: 'churnRisk',
  evidence: [
    evidence('insight.evidence.toneTrend.declining', { recent: '-0.9', baseline: '0.1' }),
    evidence('insight.evidence.churnIntent', { term: 'cancel' })
  ]
}
const highValue: PatternMatch = {
  id: 'highValue',
  evidence: [evidence('insight.tier.reason.organizationTag', { tag: 'vip' })]
}
const frustrated: RelationshipAlert = {
  kind: 'frustrated',
  evidence: [evidence('insight.evidence.cue', { text: 'furious' })]
}

describe('headlineState: the single most important state', () => {
  it('puts a frustrated loyalist above a high-value customer, as a real alert when the frustration alert fired', () => {
    const state = headlineState(insightWith([highValue, loyalist], [frustrated]))
    expect(state).toMatchObject({
      id: 'frustratedLoyalist',
      nameKey: 'sidebar.patterns.frustratedLoyalist',
      tone: 'danger',
      isAlert: true
    })
    // Its reason is said in tone words (the app's), never a phrase with a score in it.
    expect(state?.reason).toBeNull()
    expect(state?.evidence).toEqual([...loyalist.evidence, ...frustrated.evidence])
  })

  it('gives a churn risk the first reason that carries no tone score', () => {
    const state = headlineState(insightWith([churn]))
    expect(state).toMatchObject({ nameKey: 'sidebar.patterns.churnRisk', isAlert: false })
    expect(state?.reason).toEqual(evidence('insight.evidence.churnIntent', { term: 'cancel' }))
  })

  it('falls back to the frustration alert, and to nothing when nothing stands out', () => {
    expect(headlineState(insightWith([], [frustrated]))).toMatchObject({
      nameKey: 'sidebar.alerts.frustrated',
      isAlert: true
    })
    expect(headlineState(insightWith([]))).toBeNull()
  })

  it('leaves the other patterns for their section', () => {
    const insight = insightWith([highValue, loyalist])
    expect(otherPatterns(insight, headlineState(insight)).map((pattern) => pattern.id)).toEqual(['highValue'])
  })
})

describe('alertTags: the tags a ticket gets when tagging is on', () => {
  const on = { ...defaultActionSettings, tagTickets: true }

  it('adds nothing while tagging is off (the default)', () => {
    expect(alertTags(insightWith([loyalist, churn], [frustrated]), defaultActionSettings)).toEqual([])
  })

  it('maps a frustrated customer and a churn risk to the admin’s tags, each once', () => {
    expect(alertTags(insightWith([loyalist, churn], [frustrated]), on)).toEqual([
      'rapport_frustrated',
      'rapport_churn_risk'
    ])
    expect(alertTags(insightWith([], [frustrated]), { ...on, frustratedTag: 'angry' })).toEqual(['angry'])
    expect(alertTags(insightWith([highValue]), on)).toEqual([])
  })

  it('skips a tag the admin emptied', () => {
    expect(alertTags(insightWith([churn]), { ...on, churnRiskTag: '' })).toEqual([])
  })
})
