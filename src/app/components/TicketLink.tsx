import { Button } from '@zendeskgarden/react-buttons'
import { openTicketTab } from '../../zendesk'
import { useRegistration } from '../contexts/ClientContext'
import { useTranslate } from '../contexts/I18nContext'

/** A ticket the sidebar names: opens it in the agent's workspace (its own tab), as a link in Zendesk would. */
export function TicketLink({ ticketId, subject }: { ticketId: number; subject: string }) {
  const { client } = useRegistration()
  const translate = useTranslate()
  return (
    <Button
      isLink
      size="small"
      className="rapport-ticket-link"
      data-testid="ticket-link"
      data-ticket-id={ticketId}
      // Two tickets may share a subject: the id keeps their names apart for screen readers and voice control.
      aria-label={translate('sidebar.tickets.linkName', { subject, id: ticketId })}
      onClick={() => void openTicketTab(client, ticketId)}
    >
      {subject}
    </Button>
  )
}
