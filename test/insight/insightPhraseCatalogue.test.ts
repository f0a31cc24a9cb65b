/**
 * Every Phrase the engine emits must resolve in translations/en.json's `insight` block with all its
 * placeholders filled — checked both statically (the typed catalogue in insightPhrases.ts against en.json)
 * and on what analyzeRelationship actually emits over many varied histories.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyzeRelationship } from '../../src/insight/analyzeRelationship'
import { defaultInsightSettings } from '../../src/insight/insightSettings'
import type { Phrase, RelationshipInsight } from '../../src/insight/relationshipInsight'
import { arbitraryHistory, arbitrarySettings } from './arbitraryHistory'
import { now } from './historyBuilder'
import { windowOnlyCoverage } from '../../src/insight/requesterHistory'
import { loadTranslations, placeholdersIn, renderPhrase, templatesOf } from './insightTranslations'

const translations = loadTranslations('en')

function phrasesOf(insight: RelationshipInsight): Phrase[] {
  const { facts, asOf, scorecard } = insight
  return [
    facts.tenure,
    facts.tickets,
    facts.recent,
    ...(asOf ? [asOf.notice, ...(asOf.today ? [asOf.today] : [])] : []),
    ...(scorecard.bandReason ? [scorecard.bandReason] : []),
    ...insight.scorecard.dimensions.flatMap((dimension) => [dimension.definition, ...dimension.evidence]),
    ...insight.patterns.flatMap((pattern) => pattern.evidence),
    ...insight.prompts.flatMap((prompt) => [prompt.text, ...prompt.evidence]),
    ...insight.alerts.flatMap((alert) => alert.evidence),
    insight.personalization.reason,
    ...insight.personalization.hints
  ]
}

/** The catalogue as declared in source: key → param names. */
function declaredCatalogue(): Map<string, string[]> {
  const source = readFileSync(resolve(import.meta.dirname, '../../src/insight/phrases/insightPhrases.ts'), 'utf8')
  const catalogue = new Map<string, string[]>()
  for (const match of source.matchAll(/'(insight\.[\w.]+)': (None|Count|\{([^}]*)\})/g)) {
    const params =
      match[2] === 'None'
        ? []
        : match[2] === 'Count'
          ? ['count']
          : [...match[3]!.matchAll(/(\w+):/g)].map((name) => name[1]!)
    catalogue.set(match[1]!, params)
  }
  return catalogue
}

describe('insight phrase catalogue', () => {
  const catalogue = declaredCatalogue()

  it('declares the phrases the engine can emit', () => {
    expect(catalogue.size).toBeGreaterThan(60)
  })

  it.each([...catalogue])('%s has an English template whose placeholders are all declared params', (key, params) => {
    const templates = templatesOf(translations, key)
    for (const template of templates) {
      for (const placeholder of placeholdersIn(template))
        expect(params, `${key}: {{${placeholder}}}`).toContain(placeholder)
    }
    if (templates.length > 1) expect(params, `${key} is a plural group`).toContain('count')
  })

  it('has no insight translations the engine never declares', () => {
    const keys: string[] = []
    const walk = (node: unknown, path: string) => {
      if (typeof node === 'string') return
      const entries = Object.entries(node as Record<string, unknown>)
      if (
        entries.every(
          ([name, value]) => typeof value === 'string' && ['zero', 'one', 'two', 'few', 'many', 'other'].includes(name)
        )
      ) {
        keys.push(path)
        return
      }
      for (const [name, value] of entries)
        typeof value === 'string' ? keys.push(`${path}.${name}`) : walk(value, `${path}.${name}`)
    }
    walk(translations.insight, 'insight')
    expect(keys.filter((key) => !catalogue.has(key))).toEqual([])
  })

  it('resolves every phrase analyzeRelationship emits over varied histories, with every placeholder filled', () => {
    const emitted = new Set<string>()
    fc.assert(
      fc.property(arbitraryHistory, arbitrarySettings, (history, settings) => {
        for (const phrase of phrasesOf(analyzeRelationship(history, settings, now))) {
          expect(catalogue.has(phrase.key), phrase.key).toBe(true)
          expect(() => renderPhrase(phrase, translations)).not.toThrow()
          emitted.add(phrase.key)
        }
      }),
      { numRuns: 300, seed: 4 }
    )
    // The generated histories reach most of the catalogue; the stories and step tests cover the rest.
    expect(emitted.size).toBeGreaterThan(catalogue.size / 2)
  })

  it('renders the default analysis of a simple history as English text', () => {
    const insight = analyzeRelationship(
      {
        requester: {
          id: 1,
          name: 'Kim',
          email: null,
          createdAt: now.toISOString(),
          tags: [],
          fields: {},
          organizationId: null,
          locale: null
        },
        organization: null,
        tickets: [],
        currentTicketId: 0,
        partial: false,
        coverage: windowOnlyCoverage(24)
      },
      defaultInsightSettings,
      now
    )
    expect(phrasesOf(insight).map((phrase) => renderPhrase(phrase, translations))).toContain('Greet them by name: Kim.')
  })
})
