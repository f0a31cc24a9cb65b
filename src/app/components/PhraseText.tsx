import type { Phrase } from '../../insight/relationshipInsight'
import { useTranslate } from '../contexts/I18nContext'

/** Renders an insight Phrase as translated plain text (React escapes it: ticket-derived params stay inert). */
export function PhraseText({ phrase }: { phrase: Phrase }) {
  const translate = useTranslate()
  return <>{translate(phrase.key, phrase.params)}</>
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
