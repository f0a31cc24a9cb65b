import { createContext, useContext, useMemo, type ReactNode } from 'react'
import { createTranslate, DEFAULT_LOCALE, type Translate } from '../i18n/translate'

interface I18n {
  translate: Translate
  locale: string
}

const I18nContext = createContext<I18n>({ translate: createTranslate(null), locale: DEFAULT_LOCALE })

export function I18nProvider({ locale, children }: { locale: string | null; children: ReactNode }) {
  const value = useMemo(() => ({ translate: createTranslate(locale), locale: locale ?? DEFAULT_LOCALE }), [locale])
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

export function useTranslate(): Translate {
  return useContext(I18nContext).translate
}

/** The agent's locale, for formatting that translations cannot carry (language names, dates). */
export function useLocale(): string {
  return useContext(I18nContext).locale
}
