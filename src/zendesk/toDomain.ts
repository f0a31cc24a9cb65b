/** Parsed Zendesk records to the domain types the insight engine reads (src/insight/requesterHistory.ts). */
import type {
  HistoryTicket,
  Organization,
  Requester,
  SatisfactionScore,
  TicketComment
} from '../insight/requesterHistory'
import type {
  ZendeskComment,
  ZendeskOrganization,
  ZendeskTicket,
  ZendeskTicketMetrics,
  ZendeskUser
} from './zendeskResponses'

export function toRequester(user: ZendeskUser): Requester {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    createdAt: user.created_at,
    tags: user.tags,
    fields: user.user_fields,
    organizationId: user.organization_id,
    locale: user.locale
  }
}

export function toOrganization(organization: ZendeskOrganization): Organization {
  return {
    id: organization.id,
    name: organization.name,
    createdAt: organization.created_at,
    tags: organization.tags,
    fields: organization.organization_fields
  }
}

const statuses = new Set<string>(['new', 'open', 'pending', 'hold', 'solved', 'closed'])

function isTicketStatus(status: string): status is HistoryTicket['status'] {
  return statuses.has(status)
}

/** Null for tickets outside the agent-visible lifecycle (e.g. `deleted`), which are not part of the relationship. */
export function toHistoryTicket(
  ticket: ZendeskTicket,
  metrics: ZendeskTicketMetrics | undefined
): HistoryTicket | null {
  if (!isTicketStatus(ticket.status)) return null
  return {
    id: ticket.id,
    subject: ticket.subject,
    description: ticket.description,
    status: ticket.status,
    createdAt: ticket.created_at,
    updatedAt: ticket.updated_at,
    tags: ticket.tags,
    satisfaction: toSatisfaction(ticket.satisfaction_rating),
    reopens: metrics?.reopens ?? null,
    replies: metrics?.replies ?? null,
    channel: ticket.via,
    comments: null
  }
}

/** Ratings search also knows `good_with_comment` / `bad_with_comment`; they are still good or bad. */
function toSatisfaction(score: string | null): SatisfactionScore {
  if (score === null) return 'none'
  if (score === 'offered' || score === 'unoffered') return score
  if (score.startsWith('good')) return 'good'
  if (score.startsWith('bad')) return 'bad'
  return 'none'
}

export function toComment(comment: ZendeskComment): TicketComment {
  return {
    id: comment.id,
    authorId: comment.author_id,
    // `body` is the text as written; `plain_body` is the fallback some channels fill alone.
    body: comment.body ?? comment.plain_body ?? '',
    htmlBody: comment.html_body ?? null,
    public: comment.public,
    createdAt: comment.created_at
  }
}
