/**
 * The six demo stories, end to end through analyzeRelationship with the real text cleaning and sentiment:
 * what an agent must see for each.
 */
import { describe, expect, it } from 'vitest'
import { analyzeRelationship } from '../../src/insight/analyzeRelationship'
import { defaultInsightSettings } from '../../src/insight/insightSettings'
import type { RelationshipInsight } from '../../src/insight/relationshipInsight'
import { history, now, type HistoryBuilder } from './historyBuilder'
import { renderPhrase } from './insightTranslations'

const analyze = (builder: HistoryBuilder) => analyzeRelationship(builder.build(), defaultInsightSettings, now)
const patternIds = (insight: RelationshipInsight) => insight.patterns.map((pattern) => pattern.id)
const promptIds = (insight: RelationshipInsight) => insight.prompts.map((prompt) => prompt.id)

describe('a frustrated loyalist: three years, good ratings, the last two tickets negative', () => {
  const builder = history()
    .requester({ name: 'Dana Whitfield', createdDaysAgo: 1120 })
    .ticket({
      daysAgo: 1080,
      subject: 'Setting up our workspace',
      satisfaction: 'good',
      said: ['Thanks a lot, that was really helpful!']
    })
    .ticket({
      daysAgo: 760,
      subject: 'Export to PDF',
      satisfaction: 'good',
      said: ['Great, works perfectly now. Thank you!']
    })
    .ticket({
      daysAgo: 420,
      subject: 'Adding a new user',
      satisfaction: 'good',
      said: ['Perfect, I appreciate the quick answer.']
    })
    .ticket({
      daysAgo: 150,
      subject: 'Invoice address',
      satisfaction: 'good',
      said: ['Excellent, thanks for sorting it out so fast.']
    })
    .ticket({
      daysAgo: 20,
      subject: 'Reports are slow',
      said: ['The reports have been painfully slow all week. This is really frustrating.']
    })
    .current({
      subject: 'Reports still not loading',
      said: ['Still waiting. The reports are broken again and nobody has fixed it. This is unacceptable.']
    })
  const insight = analyze(builder)

  it('is recognised as a frustrated loyalist, with tenure, ratings and the negative turn as evidence', () => {
    expect(patternIds(insight)).toContain('frustratedLoyalist')
    const evidence = insight.patterns
      .find((pattern) => pattern.id === 'frustratedLoyalist')!
      .evidence.map((line) => renderPhrase(line))
    expect(evidence).toContain('Customer for 3 years')
    expect(evidence).toContain('4 good satisfaction ratings')
    expect(evidence).toContain('The last 2 tickets read negative')
  })

  it('reads the tone as negative now and sliding over time, and raises the frustrated alert', () => {
    expect(insight.currentSentiment.label).toBe('negative')
    expect(insight.trend.direction).toBe('declining')
    expect(insight.alerts.map((alert) => alert.kind)).toEqual(['frustrated'])
    expect(insight.scorecard.direction).toBe('declining')
  })

  it('prompts the agent to recognise the relationship and own the fix', () => {
    expect(promptIds(insight)[0]).toBe('frustratedLoyalist')
    expect(renderPhrase(insight.prompts[0]!.text)).toMatch(/^A customer of 3 years is having a rough time/)
  })

  it('keeps trust and loyalty high while emotional alignment drops', () => {
    const score = (id: string) => insight.scorecard.dimensions.find((dimension) => dimension.id === id)!.score
    expect(score('loyaltyIndicators')).toBeGreaterThanOrEqual(8)
    expect(score('trustLevel')).toBeGreaterThanOrEqual(7)
    expect(score('emotionalAlignment')).toBeLessThanOrEqual(3)
  })
})

describe('a new customer with three contacts in the first month', () => {
  const builder = history()
    .requester({ name: 'Sam Ortiz', createdDaysAgo: 24 })
    .ticket({
      daysAgo: 21,
      subject: 'Cannot import contacts',
      tags: ['import'],
      said: ['The CSV import gives an error on every file.']
    })
    .ticket({
      daysAgo: 14,
      subject: 'Import fails again',
      tags: ['import'],
      said: ['The import is failing again with the same error.']
    })
    .current({
      subject: 'Import still failing',
      tags: ['import'],
      said: ['Third time I am writing about the import. It still fails.']
    })
  const insight = analyze(builder)

  it('is an early churn risk and a new customer', () => {
    expect(insight.signals.contactsInFirst30Days).toBe(3)
    expect(patternIds(insight)).toEqual(expect.arrayContaining(['earlyChurnRisk', 'newCustomer']))
  })

  it('gets a prompt that acknowledges the repeat contact', () => {
    const texts = insight.prompts.map((prompt) => renderPhrase(prompt.text))
    expect(texts.some((text) => /Acknowledge (the repeat contact|that they had to come back)/.test(text))).toBe(true)
    expect(texts).toContainEqual(expect.stringContaining('“import”'))
  })
})

describe('a delighted advocate', () => {
  const builder = history()
    .requester({ name: 'Priya Nair', createdDaysAgo: 600 })
    .ticket({
      daysAgo: 500,
      subject: 'Webhooks',
      tags: ['webhooks'],
      satisfaction: 'good',
      said: ['Amazing support, thank you so much!']
    })
    .ticket({
      daysAgo: 300,
      subject: 'Custom fields',
      tags: ['fields'],
      satisfaction: 'good',
      said: ['Love the new fields feature, great work!']
    })
    .ticket({
      daysAgo: 90,
      subject: 'API limits',
      tags: ['api_limits'],
      satisfaction: 'good',
      said: ['Brilliant, that solved it. You are the best!']
    })
    .current({
      subject: 'Feature idea',
      said: ['I love this product and recommend it to everyone. Thank you, awesome team!']
    })
  const insight = analyze(builder)

  it('is recognised as a delighted advocate with a delighted alert and a prompt to thank them', () => {
    expect(patternIds(insight)).toContain('delightedAdvocate')
    expect(insight.alerts.map((alert) => alert.kind)).toEqual(['delighted'])
    expect(promptIds(insight)).toContain('delighted')
    expect(patternIds(insight)).not.toContain('churnRisk')
  })
})

describe('a premium-tier organization with a neutral tone', () => {
  const builder = history()
    .requester({ name: 'Lee Chen', createdDaysAgo: 300 })
    .organization({ name: 'Globex Industries', tags: ['premium'] })
    .ticket({
      daysAgo: 120,
      subject: 'SAML configuration',
      said: ['Could you send the SAML metadata URL for our tenant?']
    })
    .current({ subject: 'Data retention policy', said: ['What is your data retention policy for archived tickets?'] })
  const insight = analyze(builder)

  it('is in the high tier because of the organization tag, with proactive and account hints', () => {
    expect(insight.personalization.tier).toBe('high')
    expect(renderPhrase(insight.personalization.reason)).toBe('Organization tagged “premium”')
    const hints = insight.personalization.hints.map((hint) => hint.key)
    expect(hints).toEqual(
      expect.arrayContaining(['insight.tier.hint.proactiveFollowUp', 'insight.tier.hint.accountContext'])
    )
    expect(patternIds(insight)).toContain('highValue')
  })

  it('reads neutral and raises no alert', () => {
    expect(insight.currentSentiment.label).toBe('neutral')
    expect(insight.alerts).toEqual([])
  })
})

describe('a first-time requester', () => {
  const insight = analyze(
    history()
      .requester({ name: 'Ana Silva', createdDaysAgo: 0 })
      .current({ subject: 'How do I start?', said: ['Hi, how do I add my team?'] })
  )

  it('has valid signals, no trend, the new-customer pattern and a first-contact prompt', () => {
    expect(insight.signals).toMatchObject({
      firstContact: true,
      ticketCount: 1,
      tenureDays: 0,
      daysSinceLastContact: null,
      repeatContacts: 0
    })
    expect(insight.trend.direction).toBe('unknown')
    expect(insight.scorecard.direction).toBe('unknown')
    expect(patternIds(insight)).toEqual(['newCustomer'])
    expect(promptIds(insight)).toContain('firstContact')
  })
})

describe('a requester writing in Spanish', () => {
  const insight = analyze(
    history()
      .requester({ name: 'Lucía Fernández', locale: 'es', createdDaysAgo: 200 })
      .ticket({
        daysAgo: 60,
        subject: 'Factura duplicada',
        tags: ['facturacion'],
        said: ['Hola, me cobraron dos veces la factura de marzo.']
      })
      .current({
        subject: 'Factura incorrecta',
        tags: ['facturacion'],
        said: ['Hola, la factura de este mes está mal y nadie me responde. Estoy muy molesta.']
      })
  )

  it('reads Spanish or says the tone is unknown — never English rules on Spanish words', () => {
    expect(insight.currentSentiment.language).toBe('es')
    if (insight.currentSentiment.label === 'unknown') {
      expect(insight.prompts.map((prompt) => prompt.text.key)).toContain('insight.prompt.toneUnknownLanguage.text')
      expect(insight.alerts).toEqual([])
    }
  })

  it('suggests replying in Spanish', () => {
    expect(renderPhrase(insight.personalization.hints[0]!)).toBe(
      'They write in ES: reply in that language if your team can.'
    )
  })
})

describe('histories that must not break the analysis', () => {
  it('works when no ticket has comments', () => {
    const insight = analyze(history().ticket({ daysAgo: 30 }).ticket({ daysAgo: 10 }).current({}))
    expect(insight.signals.ticketCount).toBe(3)
    expect(insight.scorecard.dimensions).toHaveLength(5)
  })

  it('works with an empty subject, HTML, emoji and a huge message', () => {
    const html =
      '<div><p>The <b>dashboard</b> is down 😡😡</p><blockquote>On Monday you wrote: fixed</blockquote></div>'
    const insight = analyze(
      history()
        .ticket({ daysAgo: 5, subject: '', description: '🙂'.repeat(50_000) })
        .current({
          subject: '',
          comments: [
            {
              id: 1,
              authorId: 9_000_000_001,
              body: 'The dashboard is down 😡😡',
              htmlBody: html,
              public: true,
              createdAt: now.toISOString()
            }
          ]
        })
    )
    expect(insight.currentSentiment.label).not.toBe('positive')
    expect(insight.prompts.length).toBeLessThanOrEqual(3)
  })

  it('works with no tickets at all', () => {
    const insight = analyzeRelationship({ ...history().build(), tickets: [] }, defaultInsightSettings, now)
    expect(insight.currentSentiment.label).toBe('unknown')
    expect(insight.signals.ticketCount).toBe(0)
  })
})
