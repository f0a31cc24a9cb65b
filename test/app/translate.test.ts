import { describe, expect, it } from 'vitest'
import { createTranslate, fillPlaceholders, localeFallbacks, type TranslationTree } from '../../src/app/i18n/translate'

const locales: Record<string, TranslationTree> = {
  en: { greeting: 'Hello {{name}}', tickets: { one: '{{count}} ticket', other: '{{count}} tickets' }, only: 'English' },
  pt: { greeting: 'Olá {{name}}' },
  'pt-BR': { greeting: 'Oi {{name}}' }
}

describe('localeFallbacks', () => {
  it('falls back from a regional locale to its language and then to English', () => {
    expect(localeFallbacks('pt-BR')).toEqual(['pt-BR', 'pt', 'en'])
    expect(localeFallbacks('de')).toEqual(['de', 'en'])
    expect(localeFallbacks(null)).toEqual(['en'])
  })
})

describe('createTranslate', () => {
  it('uses the most specific locale that has the key', () => {
    expect(createTranslate('pt-BR', locales)('greeting', { name: 'Ana' })).toBe('Oi Ana')
    expect(createTranslate('pt-PT', locales)('greeting', { name: 'Ana' })).toBe('Olá Ana')
    expect(createTranslate('pt-BR', locales)('only')).toBe('English')
  })

  it('picks the plural form by count', () => {
    const translate = createTranslate('en', locales)
    expect(translate('tickets', { count: 1 })).toBe('1 ticket')
    expect(translate('tickets', { count: 7 })).toBe('7 tickets')
  })

  it('throws on a key missing from every locale, so tests catch it before agents do', () => {
    expect(() => createTranslate('en', locales)('nowhere.to.be.found')).toThrow(
      'Missing translation: nowhere.to.be.found'
    )
  })

  it('does not treat a plural group without a count as a string', () => {
    expect(() => createTranslate('en', locales)('tickets')).toThrow('Missing translation: tickets')
  })
})

describe('fillPlaceholders', () => {
  it('fills known placeholders and leaves unknown ones visible', () => {
    expect(fillPlaceholders('{{a}} and {{ b }} and {{c}}', { a: 1, b: 'two' })).toBe('1 and two and {{c}}')
  })
})
