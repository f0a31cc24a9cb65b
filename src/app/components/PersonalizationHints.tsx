import { SM } from '@zendeskgarden/react-typography'
import type { HistoryTicket, PersonalizationHints as Hints, Phrase } from '../../insight'
import { useTranslate } from '../contexts/I18nContext'
import type { PlacedEvidence } from '../evidence/evidenceLedger'
import { linkedTicketId } from './linkedTicket'
import { PhraseText } from './PhraseText'

/** How to personalise the reply for this tier, and why this tier; a hint that names a ticket links to it. */
export function PersonalizationHints({
  personalization,
  placed,
  tickets,
  currentTicketId
}: {
  personalization: Hints
  placed: PlacedEvidence<Phrase> | undefined
  tickets: HistoryTicket[]
  currentTicketId: number
}) {
  const translate = useTranslate()
  const shown = new Set(placed?.own ?? [])
  return (
    <div data-testid="personalization">
      {shown.has(personalization.reason) && (
        <SM className="rapport-muted" data-testid="personalization-reason">
          <PhraseText phrase={personalization.reason} />
        </SM>
      )}
      <ul aria-label={translate('sidebar.personalization.hints')} className="rapport-evidence">
        {personalization.hints
          .filter((hint) => shown.has(hint))
          .map((hint, index) => (
            <li key={`${hint.key}-${index}`}>
              <PhraseText phrase={hint} linkTicketId={linkedTicketId(hint, tickets, currentTicketId)} />
            </li>
          ))}
      </ul>
    </div>
  )
}
