/**
 * Which catalogue an agent gets, and loading only that one: each translations/<locale>.json is its own chunk
 * (vite.config.ts strips the marketplace fields of the `app` block from it), fetched when the agent's locale is
 * known, so a Japanese agent never downloads Spanish.
 */
import { DEFAULT_LOCALE, localeFallbacks, type TranslationTree } from './translate'

const loaders = import.meta.glob<TranslationTree>('../../../translations/*.json', { import: 'default' })

const loaderByLocale = new Map(
  Object.entries(loaders).map(([path, load]) => [path.replace(/^.*\/(.+)\.json$/, '$1'), load] as const)
)

export const supportedLocales: readonly string[] = [...loaderByLocale.keys()].sort()

/** Case-insensitive, with `_` read as `-` (pt_BR, pt-br and pt-BR are one locale). */
function supported(code: string): string | undefined {
  const wanted = code.replace(/_/g, '-').toLowerCase()
  return supportedLocales.find((locale) => locale.toLowerCase() === wanted)
}

/**
 * The catalogue for an agent's locale: the locale itself, then its language (pt-BR → pt, de-AT → de), then
 * another region of the same language (pt-PT → pt-BR: Portuguese reads better than English), then English.
 */
export function catalogueLocaleFor(agentLocale: string | null | undefined): string {
  const normalised = agentLocale?.trim().replace(/_/g, '-') || null
  for (const code of localeFallbacks(normalised)) {
    if (code === DEFAULT_LOCALE) break
    const found = supported(code)
    if (found) return found
  }
  const language = normalised?.split('-')[0]?.toLowerCase()
  const sibling = supportedLocales.find((locale) => locale.toLowerCase().split('-')[0] === language)
  return sibling ?? DEFAULT_LOCALE
}

export interface LoadedCatalogue {
  /** The catalogue's locale, e.g. 'pt-BR' for an agent in pt-PT: the page's `lang` and the plural rules. */
  locale: string
  catalogue: TranslationTree
}

export async function loadCatalogue(agentLocale: string | null | undefined): Promise<LoadedCatalogue> {
  const locale = catalogueLocaleFor(agentLocale)
  const load = loaderByLocale.get(locale) ?? loaderByLocale.get(DEFAULT_LOCALE)
  if (!load) throw new Error(`No translations for ${locale}`)
  return { locale, catalogue: await load() }
}

/**
 * The locale numbers and dates are written in: the agent's own (de-AT writes dates the Austrian way) when its
 * language is the catalogue's, else the catalogue's, so the format never contradicts the language on screen.
 */
export function formattingLocale(agentLocale: string | null | undefined, catalogueLocale: string): string {
  const language = (code: string) => code.split('-')[0]?.toLowerCase()
  const candidate = agentLocale?.trim().replace(/_/g, '-')
  if (!candidate || language(candidate) !== language(catalogueLocale)) return catalogueLocale
  try {
    return Intl.getCanonicalLocales(candidate)[0] ?? catalogueLocale
  } catch {
    return catalogueLocale
  }
}
