import { describe, expect, it } from 'vitest'
import { catalogueLocaleFor, formattingLocale, loadCatalogue } from '../../src/app/i18n/locales'
import { createTranslate, fillPlaceholders, localeFallbacks, type TranslationTree } from '../../src/app/i18n/translate'

const catalogue: TranslationTree = {
  greeting: 'Hello {{name}}',
  tickets: { one: '{{count}} ticket', other: '{{count}} tickets' },
  ticketLink: 'Ticket #{{ticketId}}'
}

describe('localeFallbacks', () => {
  it('falls back from a regional locale to its language and then to English', () => {
    expect(localeFallbacks('pt-BR')).toEqual(['pt-BR', 'pt', 'en'])
    expect(localeFallbacks('de')).toEqual(['de', 'en'])
    expect(localeFallbacks(null)).toEqual(['en'])
  })
})

describe('catalogueLocaleFor (the one catalogue an agent loads)', () => {
  it.each([
    ['pt-BR', 'pt-BR'],
    ['pt-br', 'pt-BR'],
    ['pt_BR', 'pt-BR'],
    ['pt', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['de-AT', 'de'],
    ['de-CH', 'de'],
    ['es-419', 'es'],
    ['fr-CA', 'fr'],
    ['ja-JP', 'ja'],
    ['en-GB', 'en'],
    ['zh-CN', 'en'],
    ['', 'en'],
    [null, 'en']
  ])('%s → %s', (agent, expected) => {
    expect(catalogueLocaleFor(agent)).toBe(expected)
  })

  it('loads that catalogue only', async () => {
    const loaded = await loadCatalogue('ja-JP')
    expect(loaded.locale).toBe('ja')
    expect(createTranslate(loaded.locale, loaded.catalogue)('sidebar.tone.title')).not.toBe('Tone')
  })
})

describe('formattingLocale', () => {
  it("writes numbers and dates the agent's regional way when the language matches the text on screen", () => {
    expect(formattingLocale('de-AT', 'de')).toBe('de-AT')
    expect(formattingLocale('pt-PT', 'pt-BR')).toBe('pt-PT')
    expect(formattingLocale('zh-CN', 'en')).toBe('en')
    expect(formattingLocale(null, 'es')).toBe('es')
  })
})

describe('createTranslate', () => {
  it('picks the plural form by count through Intl.PluralRules', () => {
    const translate = createTranslate('en', catalogue)
    expect(translate('tickets', { count: 1 })).toBe('1 ticket')
    expect(translate('tickets', { count: 7 })).toBe('7 tickets')
  })

  it("writes numbers the locale's way, but never an identifier", () => {
    expect(createTranslate('en', catalogue)('tickets', { count: 1234 })).toBe('1,234 tickets')
    expect(createTranslate('de', catalogue)('tickets', { count: 1234 })).toBe('1.234 tickets')
    expect(createTranslate('fr', catalogue)('tickets', { count: 0.5 })).toBe('0,5 ticket')
    expect(createTranslate('de', catalogue)('ticketLink', { ticketId: 123456 })).toBe('Ticket #123456')
  })

  it('throws on a missing key, so tests catch it before agents do', () => {
    expect(() => createTranslate('en', catalogue)('nowhere.to.be.found')).toThrow(
      'Missing translation: nowhere.to.be.found (en)'
    )
  })

  it('does not treat a plural group without a count as a string', () => {
    expect(() => createTranslate('en', catalogue)('tickets')).toThrow('Missing translation: tickets')
  })
})

describe('fillPlaceholders', () => {
  it('fills known placeholders and leaves unknown ones visible', () => {
    expect(fillPlaceholders('{{a}} and {{ b }} and {{c}}', { a: 1, b: 'two' })).toBe('1 and two and {{c}}')
  })
})

describe('the real catalogues', () => {
  const translateIn = async (agentLocale: string) => {
    const { locale, catalogue: loaded } = await loadCatalogue(agentLocale)
    return createTranslate(locale, loaded, formattingLocale(agentLocale, locale))
  }

  it('Spanish: plural forms by count, Intl numbers, quotes around ticket data', async () => {
    const translate = await translateIn('es')
    expect(translate('insight.evidence.reopens', { count: 1 })).toBe('Reabierto 1 vez')
    expect(translate('insight.evidence.reopens', { count: 2 })).toBe('Reabierto 2 veces')
    expect(translate('insight.facts.tickets', { count: 1_000_000 })).toBe('1.000.000 tickets')
    expect(translate('insight.evidence.repeatTopic', { contacts: 3, topic: 'facturación', count: 5 })).toBe(
      '3 contactos sobre “facturación” en un plazo de 5 días'
    )
  })

  it('French, German, Brazilian Portuguese and Japanese read their own plurals', async () => {
    expect((await translateIn('fr-CA'))('insight.facts.tickets', { count: 1 })).toMatch(/^1 \S+$/)
    expect((await translateIn('de-AT'))('insight.evidence.reopens', { count: 2 })).toContain('2')
    expect((await translateIn('pt-BR'))('insight.facts.tickets', { count: 2 })).toContain('2')
    const japanese = await translateIn('ja')
    expect(japanese('insight.facts.tickets', { count: 1 })).toBe(
      japanese('insight.facts.tickets', { count: 2 }).replace('2', '1')
    )
  })
})
