/**
 * Translations: every user-visible string comes from translations/<locale>.json. A locale falls back along
 * pt-BR → pt → en, and a key missing from all of them throws, so tests catch it before an agent would.
 */
export type TranslationTree = { [key: string]: string | TranslationTree }
export type TranslationParams = Record<string, string | number>
export type Translate = (key: string, params?: TranslationParams) => string

const bundled = import.meta.glob<TranslationTree>('../../../translations/*.json', { eager: true, import: 'default' })

export const translationsByLocale: Record<string, TranslationTree> = Object.fromEntries(
  Object.entries(bundled).map(([path, tree]) => [path.replace(/^.*\/(.+)\.json$/, '$1'), tree])
)

export const DEFAULT_LOCALE = 'en'

export function localeFallbacks(locale: string | null | undefined): string[] {
  const chain: string[] = []
  if (locale) {
    chain.push(locale)
    const language = locale.split('-')[0]
    if (language && language !== locale) chain.push(language)
  }
  chain.push(DEFAULT_LOCALE)
  return chain
}

/**
 * Resolves a dotted key. A key that names a plural group ({ "one": …, "other": … }) picks the form for
 * `params.count` by the locale's plural rules, so "1 ticket" and "3 tickets" need no code in components.
 */
function lookup(
  tree: TranslationTree | undefined,
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

export function fillPlaceholders(template: string, params: TranslationParams = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole
  )
}

export function createTranslate(
  locale: string | null | undefined,
  locales: Record<string, TranslationTree> = translationsByLocale
): Translate {
  const codes = localeFallbacks(locale)
  const chain = codes.map((code) => locales[code])
  const plurals = new Intl.PluralRules(codes.find((code) => locales[code]) ?? DEFAULT_LOCALE)
  return (key, params = {}) => {
    for (const tree of chain) {
      const template = lookup(tree, key, plurals, params)
      if (template !== undefined) return fillPlaceholders(template, params)
    }
    throw new Error(`Missing translation: ${key}`)
  }
}
