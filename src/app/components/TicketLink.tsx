import type { ReactNode } from 'react'
import { Button } from '@zendeskgarden/react-buttons'
import { openTicketTab } from '../../zendesk'
import { useRegistration } from '../contexts/ClientContext'
import { useTranslate } from '../contexts/I18nContext'

/** A ticket the sidebar names: opens it in the agent's workspace (its own tab), as a link in Zendesk would. */
export function TicketLink({ ticketId, children }: { ticketId: number; children: ReactNode }) {
  const { client } = useRegistration()
  const translate = useTranslate()
  return (
    <Button
      isLink
      size="small"
      className="rapport-ticket-link"
      data-testid="ticket-link"
      data-ticket-id={ticketId}
      title={translate('sidebar.tickets.open', { id: ticketId })}
      onClick={() => void openTicketTab(client, ticketId)}
    >
      {children}
    </Button>
  )
}
