import type { WorkspaceTicketJson } from '../hostPayloads'
import { el } from './dom'

/**
 * The ticket pane of the pretend agent workspace: subject, requester, tags and the conversation, oldest first.
 * Comments are shown from their plain `body` as text; `html_body` is never rendered, because it is whatever the
 * customer's mail client (or an attacker) sent.
 */

type Json = Record<string, unknown>

const str = (json: Json | null | undefined, key: string): string => {
  const value = json?.[key]
  return typeof value === 'string' ? value : ''
}

export function renderTicketPane(container: HTMLElement, view: WorkspaceTicketJson, requester: Json | null): void {
  const { ticket } = view
  const requesterId = ticket.requester_id
  const users = new Map(view.users.map((user) => [user.id, user]))
  if (requester) users.set(requester.id, requester)
  const tags = Array.isArray(ticket.tags) ? (ticket.tags as unknown[]).map(String) : []

  const header = el('header', { className: 'ticket-header' }, [
    el('div', { className: 'ticket-title-row' }, [
      el('h1', { className: 'ticket-subject', text: str(ticket, 'subject') || '(no subject)' }),
      el('span', { className: `status-badge status-${str(ticket, 'status')}`, text: str(ticket, 'status') })
    ]),
    el('p', { className: 'ticket-meta' }, [
      el('span', { text: `#${String(ticket.id)}` }),
      ' · ',
      el('span', { className: 'ticket-requester', text: requesterLabel(requester, requesterId) }),
      view.organization ? ` · ${str(view.organization, 'name')}` : null,
      ` · via ${str(ticket.via as Json, 'channel') || 'web'}`
    ]),
    el(
      'ul',
      { className: 'tag-list', attrs: { 'aria-label': 'Tags' } },
      tags.map((tag) => el('li', { className: 'tag', text: tag }))
    )
  ])

  const conversation = el(
    'ol',
    { className: 'conversation', attrs: { 'aria-label': 'Conversation' } },
    view.comments.map((comment) => {
      const author = users.get(comment.author_id as number) ?? null
      const fromRequester = comment.author_id === requesterId
      const internal = comment.public === false
      const kind = internal ? 'internal' : fromRequester ? 'requester' : 'agent'
      return el('li', { className: `comment comment-${kind}` }, [
        el('div', { className: 'comment-head' }, [
          el('span', { className: 'comment-author', text: str(author, 'name') || `User ${String(comment.author_id)}` }),
          el('span', {
            className: 'comment-role',
            text: internal ? 'Internal note' : fromRequester ? 'Requester' : 'Agent'
          }),
          el('time', {
            className: 'comment-time',
            text: new Date(str(comment, 'created_at')).toLocaleString('en-GB', {
              dateStyle: 'medium',
              timeStyle: 'short'
            }),
            attrs: { datetime: str(comment, 'created_at') }
          })
        ]),
        el('div', { className: 'comment-body', text: str(comment, 'body') })
      ])
    })
  )
  container.replaceChildren(header, conversation)
}

function requesterLabel(requester: Json | null, requesterId: unknown): string {
  if (requester) return `${str(requester, 'name')} <${str(requester, 'email')}>`
  return requesterId === null || requesterId === undefined ? 'No requester' : `Deleted user (${String(requesterId)})`
}

export function renderTicketMissing(container: HTMLElement, ticketId: number): void {
  container.replaceChildren(
    el('p', { className: 'ticket-missing', text: `Ticket #${ticketId} is not in this dataset.` })
  )
}
