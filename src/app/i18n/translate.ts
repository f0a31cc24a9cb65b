/**
 * Translations: every user-visible string comes from translations/<locale>.json. One catalogue is loaded per
 * agent (see locales.ts); a key missing from it throws, so the tests that check every locale for every key catch
 * it before an agent would. Plural forms follow Intl.PluralRules and numbers Intl.NumberFormat of the locale.
 */
export type TranslationTree = { [key: string]: string | TranslationTree }
export type TranslationParams = Record<string, string | number>
export type Translate = (key: string, params?: TranslationParams) => string

export const DEFAULT_LOCALE = 'en'

/**
 * The catalogues to try for an agent's locale, most specific first: pt-BR → pt → en, de-AT → de → en.
 * Zendesk spells some locales in lower case (pt-br, es-419), so the caller matches them case-insensitively.
 */
export function localeFallbacks(locale: string | null | undefined): string[] {
  const chain: string[] = []
  if (locale) {
    chain.push(locale)
    const language = locale.split('-')[0]
    if (language && language !== locale) chain.push(language)
  }
  if (!chain.includes(DEFAULT_LOCALE)) chain.push(DEFAULT_LOCALE)
  return chain
}

/**
 * Resolves a dotted key. A key that names a plural group ({ "one": …, "other": … }) picks the form for
 * `params.count` by the locale's plural rules, so "1 ticket" and "3 tickets" need no code in components.
 */
function lookup(
  tree: TranslationTree,
  key: string,
  plurals: Intl.PluralRules,
  params: TranslationParams
): string | undefined {
  let node: string | TranslationTree | undefined = tree
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined
    node = node[part]
  }
  if (node !== undefined && typeof node !== 'string' && typeof params.count === 'number') {
    node = node[plurals.select(params.count)] ?? node.other
  }
  return typeof node === 'string' ? node : undefined
}

/** Params named `id` or `…Id` are identifiers (ticket #12345), never written as quantities. */
const identifierParam = /(^id|Id)$/

/** Fills {{name}} placeholders; quantities are written the locale's way (1,234 · 1.234 · 1 234 · 0,5). */
export function fillPlaceholders(
  template: string,
  params: TranslationParams = {},
  numbers: Intl.NumberFormat = new Intl.NumberFormat(DEFAULT_LOCALE)
): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    if (!(name in params)) return whole
    const value = params[name]
    return typeof value === 'number' && !identifierParam.test(name) ? numbers.format(value) : String(value)
  })
}

/**
 * `locale`: the catalogue's locale (its plural rules); `catalogue`: its translations; `formatLocale`: how numbers
 * are written, the agent's own locale when it is a region of the catalogue's language (see locales.ts).
 */
export function createTranslate(locale: string, catalogue: TranslationTree, formatLocale: string = locale): Translate {
  const plurals = new Intl.PluralRules(locale)
  const numbers = new Intl.NumberFormat(formatLocale, { maximumFractionDigits: 2 })
  return (key, params = {}) => {
    const template = lookup(catalogue, key, plurals, params)
    if (template === undefined) throw new Error(`Missing translation: ${key} (${locale})`)
    return fillPlaceholders(template, params, numbers)
  }
}
