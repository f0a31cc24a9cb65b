import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import { formattingLocale, loadCatalogue, type LoadedCatalogue } from '../i18n/locales'
import { createTranslate, DEFAULT_LOCALE, type Translate } from '../i18n/translate'

interface I18n {
  translate: Translate
  /** The locale numbers and dates are written in (the agent's, e.g. de-AT). */
  locale: string
  /** The locale of the catalogue on screen (e.g. de): the page's `lang`. */
  language: string
}

const I18nContext = createContext<I18n | null>(null)

/**
 * Loads the agent's catalogue (one chunk, see i18n/locales.ts) and renders its children once it is there; the
 * page's `<html lang>` follows, so screen readers and hyphenation read the language on screen. Should the chunk
 * fail to load, English is tried before giving up. `catalogue` is a test seam for rendering without the loader.
 */
export function I18nProvider({
  locale,
  catalogue,
  children
}: {
  locale: string | null
  catalogue?: LoadedCatalogue
  children: ReactNode
}) {
  const [loaded, setLoaded] = useState<{ for: string | null; value: LoadedCatalogue } | null>(null)
  useEffect(() => {
    if (catalogue) return
    let current = true
    loadCatalogue(locale)
      .catch(() => loadCatalogue(DEFAULT_LOCALE))
      .then(
        (value) => current && setLoaded({ for: locale, value }),
        () => undefined
      )
    return () => {
      current = false
    }
  }, [locale, catalogue])

  const shown = catalogue ?? (loaded?.for === locale ? loaded.value : null)
  useEffect(() => {
    if (shown) document.documentElement.lang = shown.locale
  }, [shown])

  const value = useMemo(() => {
    if (!shown) return null
    const formatLocale = formattingLocale(locale, shown.locale)
    return {
      translate: createTranslate(shown.locale, shown.catalogue, formatLocale),
      locale: formatLocale,
      language: shown.locale
    }
  }, [shown, locale])
  if (!value) return null
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

function useI18n(): I18n {
  const i18n = useContext(I18nContext)
  if (!i18n) throw new Error('useTranslate and useLocale must be used inside <I18nProvider>')
  return i18n
}

export function useTranslate(): Translate {
  return useI18n().translate
}

/** The agent's locale, for formatting that translations cannot carry (language names, dates): Intl takes it. */
export function useLocale(): string {
  return useI18n().locale
}
