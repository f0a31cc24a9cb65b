import { createContext, useContext, useMemo, type ReactNode } from 'react'
import { createTranslate, type Translate } from '../i18n/translate'

const I18nContext = createContext<Translate>(createTranslate(null))

export function I18nProvider({ locale, children }: { locale: string | null; children: ReactNode }) {
  const translate = useMemo(() => createTranslate(locale), [locale])
  return <I18nContext.Provider value={translate}>{children}</I18nContext.Provider>
}

export function useTranslate(): Translate {
  return useContext(I18nContext)
}
