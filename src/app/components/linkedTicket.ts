import type { HistoryTicket, Phrase } from '../../insight'

/**
 * The earlier ticket a phrase names, so the sidebar can link it: by its id when the engine gives one
 * (`ticketId`), else by the subject it quotes (clipped subjects end in "…"), newest match first.
 */
export function linkedTicketId(phrase: Phrase, tickets: HistoryTicket[], currentTicketId: number): number | null {
  const { ticketId, subject } = phrase.params
  if (typeof ticketId === 'number') return ticketId
  if (typeof subject !== 'string' || subject === '') return null
  const normalized = (text: string) => text.replace(/\s+/g, ' ').trim()
  const clipped = subject.endsWith('…') ? subject.slice(0, -1) : null
  const match = tickets.find((ticket) => {
    if (ticket.id === currentTicketId) return false
    const own = normalized(ticket.subject)
    return clipped === null ? own === subject : own.startsWith(clipped)
  })
  return match?.id ?? null
}
