import type { Phrase } from '../../insight'
import { useLocale, useTranslate } from '../contexts/I18nContext'
import { localizedParams } from '../i18n/phraseParams'
import { TicketLink } from './TicketLink'

/** Marks where a linked param goes in the translated text; never appears in a translation or in ticket text. */
const slot = '\u0000'

/**
 * Renders an insight Phrase as translated plain text (React escapes it: ticket-derived params stay inert). A
 * phrase that names a ticket (`linkTicketId`) shows that ticket's subject as a link that opens it.
 */
export function PhraseText({ phrase, linkTicketId }: { phrase: Phrase; linkTicketId?: number | null }) {
  const translate = useTranslate()
  const locale = useLocale()
  const params = localizedParams(phrase.params, locale)
  const subject = phrase.params.subject
  if (linkTicketId == null || typeof subject !== 'string' || subject === '') {
    return <>{translate(phrase.key, params)}</>
  }
  const [before, after] = translate(phrase.key, { ...params, subject: slot }).split(slot)
  return (
    <>
      {before}
      <TicketLink ticketId={linkTicketId} subject={subject} />
      {after}
    </>
  )
}
