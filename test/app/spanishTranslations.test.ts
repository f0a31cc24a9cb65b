// @vitest-environment node
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createTranslate, type TranslationTree } from '../../src/app/i18n/translate'

const translationsDir = resolve(import.meta.dirname, '../../translations')
const load = (file: string) => JSON.parse(readFileSync(resolve(translationsDir, file), 'utf8')) as TranslationTree
const english = load('en.json')
const spanish = load('es.json')

const pluralCategories = new Set(['zero', 'one', 'two', 'few', 'many', 'other'])

/** A plural group is an object whose keys are all CLDR plural categories, `other` among them. */
function isPluralGroup(node: string | TranslationTree | undefined): node is Record<string, string> {
  if (node === undefined || typeof node === 'string') return false
  const keys = Object.keys(node)
  return keys.includes('other') && keys.every((key) => pluralCategories.has(key) && typeof node[key] === 'string')
}

/** Leaf entries of a tree, with plural groups kept whole: the unit a translator must cover. */
function entriesOf(tree: TranslationTree, prefix = ''): Array<[string, string | Record<string, string>]> {
  return Object.entries(tree).flatMap(([key, value]): Array<[string, string | Record<string, string>]> => {
    const path = `${prefix}${key}`
    if (typeof value === 'string' || isPluralGroup(value)) return [[path, value]]
    return entriesOf(value, `${path}.`)
  })
}

function nodeAt(tree: TranslationTree, path: string): string | TranslationTree | undefined {
  let node: string | TranslationTree | undefined = tree
  for (const part of path.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined
    node = node[part]
  }
  return node
}

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]))].sort()

const englishEntries = entriesOf(english)
const spanishEntries = entriesOf(spanish)

describe('Spanish translations (es.json)', () => {
  it('reads a catalogue of the expected size, plural groups included', () => {
    expect(englishEntries.length).toBeGreaterThan(150)
    expect(englishEntries.filter(([, value]) => typeof value !== 'string').length).toBeGreaterThan(30)
  })

  it.each(englishEntries)('covers %s with the same shape as English', (path, englishValue) => {
    const spanishValue = nodeAt(spanish, path)
    if (typeof englishValue === 'string') {
      expect(spanishValue, path).toEqual(expect.any(String))
    } else {
      expect(isPluralGroup(spanishValue), `${path} is a plural group`).toBe(true)
      expect(Object.keys(spanishValue as TranslationTree)).toEqual(expect.arrayContaining(['one', 'other']))
    }
  })

  it.each(englishEntries)('keeps the placeholders of %s', (path, englishValue) => {
    const spanishValue = nodeAt(spanish, path)
    if (typeof englishValue === 'string') {
      expect(placeholders(spanishValue as string), path).toEqual(placeholders(englishValue))
      return
    }
    // Spanish may add categories English lacks (`many`); those read like English `other`.
    for (const [category, text] of Object.entries(spanishValue as Record<string, string>)) {
      const englishText = englishValue[category] ?? englishValue.other ?? ''
      expect(placeholders(text), `${path}.${category}`).toEqual(placeholders(englishText))
    }
  })

  it('adds no keys English does not have', () => {
    const englishPaths = new Set(englishEntries.map(([path]) => path))
    expect(spanishEntries.map(([path]) => path).filter((path) => !englishPaths.has(path))).toEqual([])
  })

  it('has no empty string and no untranslated sentence left in English', () => {
    const texts = spanishEntries.flatMap(([path, value]) =>
      typeof value === 'string' ? [[path, value]] : Object.entries(value).map(([cat, text]) => [`${path}.${cat}`, text])
    )
    expect(texts.filter(([, text]) => text?.trim() === '')).toEqual([])
    // Text of two words or more copied verbatim from English is a missed translation; a brand name or
    // "{{count}} tickets" (the word is the same in Spanish) is one word once placeholders are set aside.
    const words = (text: string) => text.replace(/\{\{\s*\w+\s*\}\}/g, ' ').match(/\p{L}+/gu) ?? []
    const sameAsEnglish = texts.filter(([path = '', text = '']) => {
      const englishText = nodeAt(english, path) ?? nodeAt(english, path.replace(/\.many$/, '.other'))
      return text === englishText && words(text).length >= 2
    })
    expect(sameAsEnglish).toEqual([])
  })

  it('gives every Spanish plural group a `many` form equal to `other`, as Intl picks it for 1000000', () => {
    expect(new Intl.PluralRules('es').select(1_000_000)).toBe('many')
    for (const [path, value] of spanishEntries) {
      if (typeof value === 'string') continue
      expect(value.many, path).toBe(value.other)
    }
  })
})

describe('createTranslate("es") with the bundled catalogues', () => {
  const translate = createTranslate('es')

  it('picks Spanish plural forms by count', () => {
    expect(translate('insight.facts.tickets', { count: 1 })).toBe('1 ticket')
    expect(translate('insight.facts.tickets', { count: 3 })).toBe('3 tickets')
    expect(translate('insight.facts.tickets', { count: 1_000_000 })).toBe('1000000 tickets')
    expect(translate('insight.evidence.reopens', { count: 1 })).toBe('Reabierto 1 vez')
    expect(translate('insight.evidence.reopens', { count: 2 })).toBe('Reabierto 2 veces')
  })

  it('fills placeholders inside Spanish sentences, keeping the typographic quotes around ticket data', () => {
    expect(translate('insight.evidence.repeatTopic', { contacts: 3, topic: 'facturación', count: 5 })).toBe(
      '3 contactos sobre “facturación” en un plazo de 5 días'
    )
    expect(translate('sidebar.health.score', { name: 'Nivel de confianza', score: 7 })).toBe(
      'Nivel de confianza: 7 de 10'
    )
    expect(translate('sidebar.settingsNotice.detail', { setting: 'Plazo', value: 'abc', fix: 'escriba texto' })).toBe(
      'Plazo: «abc» — escriba texto'
    )
  })

  it('falls back from a regional Spanish locale to es', () => {
    expect(createTranslate('es-MX')('sidebar.tone.title')).toBe('Tono')
  })
})
