// @vitest-environment node
/**
 * Every locale covers every key English has — including the keys the app composes at runtime and the engine's
 * insight phrases — with the same placeholders and the plural forms its language needs, and the catalogue the
 * sidebar loads keeps the marketplace listing out.
 */
import { describe, expect, it } from 'vitest'
import { loadCatalogue, supportedLocales } from '../../../src/app/i18n/locales'
import { createTranslate } from '../../../src/app/i18n/translate'
import { entriesOf, isPluralGroup, localeFiles, nodeAt, placeholders, readCatalogue } from './catalogueFiles'
import { allUsedKeys, composedInSource, composedKeys, literalKeys, manifestParameters } from './usedKeys'

const english = readCatalogue('en')
const englishEntries = entriesOf(english)
const translatedLocales = localeFiles.filter((locale) => locale !== 'en')

describe('the locales', () => {
  it('are the six the sidebar ships, each loadable as its own catalogue', () => {
    expect(localeFiles).toEqual(['de', 'en', 'es', 'fr', 'ja', 'pt-BR'])
    expect([...supportedLocales]).toEqual(localeFiles)
  })

  it('know every key composed in src/app (a new `${…}` key must be listed in usedKeys.ts)', () => {
    expect(composedInSource.filter((pattern) => !(pattern in composedKeys))).toEqual([])
    expect(literalKeys.length).toBeGreaterThan(20)
  })
})

describe.each(localeFiles)('%s', (locale) => {
  const catalogue = readCatalogue(locale)
  const translate = createTranslate(locale, catalogue)

  it.each(allUsedKeys())('resolves %s, one and many', (key) => {
    const params = { count: 1, contacts: 2, window: 14, percent: 50, threshold: 5, days: 3 }
    const one = () => translate(key, params)
    const many = () => translate(key, { ...params, count: 7 })
    expect(one).not.toThrow()
    expect(many).not.toThrow()
    expect(one().trim()).not.toBe('')
  })

  it('labels and explains every manifest parameter, and has the marketplace listing', () => {
    for (const name of manifestParameters) {
      expect(nodeAt(catalogue, `app.parameters.${name}.label`), name).toEqual(expect.any(String))
      expect(nodeAt(catalogue, `app.parameters.${name}.helpText`), name).toEqual(expect.any(String))
    }
    for (const field of ['name', 'short_description', 'long_description', 'installation_instructions']) {
      expect(nodeAt(catalogue, `app.${field}`), field).toEqual(expect.any(String))
    }
  })

  it('has the plural forms its language uses in every plural group (`many` may fall back to `other`)', () => {
    const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories.filter((c) => c !== 'many')
    const allowed = new Set<string>(new Intl.PluralRules(locale).resolvedOptions().pluralCategories)
    for (const [path, value] of entriesOf(catalogue)) {
      if (typeof value === 'string') continue
      expect(Object.keys(value), path).toEqual(expect.arrayContaining(needed))
      expect(
        Object.keys(value).filter((category) => !allowed.has(category)),
        path
      ).toEqual([])
    }
  })
})

describe.each(translatedLocales)('%s against English', (locale) => {
  const catalogue = readCatalogue(locale)
  const entries = entriesOf(catalogue)

  it.each(englishEntries)('covers %s with the same shape and placeholders', (path, englishValue) => {
    const value = nodeAt(catalogue, path)
    if (typeof englishValue === 'string') {
      expect(value, path).toEqual(expect.any(String))
      expect(placeholders(value as string), path).toEqual(placeholders(englishValue))
      return
    }
    expect(isPluralGroup(value), `${path} is a plural group`).toBe(true)
    for (const [category, text] of Object.entries(value as Record<string, string>)) {
      const englishText = englishValue[category] ?? englishValue.other ?? ''
      // A language with one form for every number (ja) writes {{count}} where English's `one` leaves it out.
      const englishPlaceholders = placeholders(englishText)
      const allowed = new Set([...englishPlaceholders, ...placeholders(englishValue.other ?? '')])
      expect(
        placeholders(text).filter((name) => !allowed.has(name)),
        `${path}.${category}`
      ).toEqual([])
      expect(
        englishPlaceholders.filter((name) => name !== 'count' && !placeholders(text).includes(name)),
        `${path}.${category}`
      ).toEqual([])
    }
  })

  it('adds no keys English does not have', () => {
    const englishPaths = new Set(englishEntries.map(([path]) => path))
    expect(entries.map(([path]) => path).filter((path) => !englishPaths.has(path))).toEqual([])
  })

  it('has no empty text and no sentence left in English', () => {
    const texts = entries.flatMap(([path, value]) =>
      typeof value === 'string' ? [[path, value]] : Object.entries(value).map(([cat, text]) => [`${path}.${cat}`, text])
    )
    expect(texts.filter(([, text]) => text?.trim() === '')).toEqual([])
    // Two words or more copied verbatim from English is a missed translation; a brand name or "{{count}}
    // tickets" (the word is the same in Spanish) is one word once placeholders are set aside.
    const words = (text: string) => text.replace(/\{\{\s*\w+\s*\}\}/g, ' ').match(/\p{L}+/gu) ?? []
    const sameAsEnglish = texts.filter(([path = '', text = '']) => {
      const englishText = nodeAt(english, path) ?? nodeAt(english, path.replace(/\.(many|few|two|zero)$/, '.other'))
      return text === englishText && words(text).length >= 2
    })
    expect(sameAsEnglish).toEqual([])
  })
})

describe('the catalogue the sidebar loads', () => {
  it('is the one translation file, without the marketplace listing but with the parameter labels', async () => {
    const { locale, catalogue } = await loadCatalogue('de-AT')
    expect(locale).toBe('de')
    const app = catalogue.app as Record<string, unknown>
    expect(Object.keys(app)).toEqual(['parameters'])
    expect(nodeAt(catalogue, 'app.parameters.maxTickets.label')).toBe(
      nodeAt(readCatalogue('de'), 'app.parameters.maxTickets.label')
    )
  })
})
