import type { Phrase } from '../../insight'
import { useLocale, useTranslate } from '../contexts/I18nContext'
import type { TranslationParams } from '../i18n/translate'

/**
 * The engine names languages by ISO code ("es"); the agent reads them in their own language ("Spanish",
 * "espagnol"), which Intl knows for every locale.
 */
function localizedParams(params: TranslationParams, locale: string): TranslationParams {
  if (typeof params.language !== 'string') return params
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(params.language.toLowerCase())
    return name ? { ...params, language: name } : params
  } catch {
    return params
  }
}

/** Renders an insight Phrase as translated plain text (React escapes it: ticket-derived params stay inert). */
export function PhraseText({ phrase }: { phrase: Phrase }) {
  const translate = useTranslate()
  const locale = useLocale()
  return <>{translate(phrase.key, localizedParams(phrase.params, locale))}</>
}

export function EvidenceList({ evidence, label }: { evidence: Phrase[]; label: string }) {
  if (evidence.length === 0) return null
  return (
    <ul aria-label={label} className="rapport-evidence">
      {evidence.map((phrase, index) => (
        <li key={`${phrase.key}-${index}`}>
          <PhraseText phrase={phrase} />
        </li>
      ))}
    </ul>
  )
}
