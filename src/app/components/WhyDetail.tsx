import { useId, useState } from 'react'
import { Button } from '@zendeskgarden/react-buttons'
import type { Phrase } from '../../insight'
import { useTranslate } from '../contexts/I18nContext'
import type { PlacedEvidence } from '../evidence/evidenceLedger'
import { PhraseText } from './PhraseText'

/**
 * "Why?" behind a state, prompt or section: the evidence this place owns, and where the rest of it is already
 * shown. The accessible name says whose evidence it is ("Why? — Repeat contact"), so a screen reader's list of
 * buttons tells them apart. Numbers (tone scores) appear only here.
 */
export function WhyDetail({ name, placed }: { name: string; placed: PlacedEvidence<Phrase> | undefined }) {
  const translate = useTranslate()
  const [open, setOpen] = useState(false)
  const panelId = useId()
  if (!placed || (placed.own.length === 0 && placed.elsewhere.length === 0)) return null
  return (
    <div className="rapport-why">
      <Button
        isLink
        size="small"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={translate(open ? 'sidebar.why.hideNamed' : 'sidebar.why.showNamed', { name })}
        onClick={() => setOpen((shown) => !shown)}
      >
        {translate(open ? 'sidebar.why.hide' : 'sidebar.why.show')}
      </Button>
      {open && (
        <div id={panelId} data-testid="why-detail">
          {placed.own.length > 0 && (
            <ul aria-label={translate('sidebar.why.evidence', { name })} className="rapport-evidence">
              {placed.own.map((phrase, index) => (
                <li key={`${phrase.key}-${index}`}>
                  <PhraseText phrase={phrase} />
                </li>
              ))}
            </ul>
          )}
          {placed.elsewhere.length > 0 && (
            <p className="rapport-evidence rapport-see-also">
              {translate('sidebar.why.seeAlso', { name, places: placed.elsewhere.join(', ') })}
            </p>
          )}
        </div>
      )}
    </div>
  )
}
