import type { DatasetComment, DatasetOrganization, DatasetTicket, DatasetUser } from '../dataset/datasetTypes'

/**
 * The JSON the fake API answers with, in the Zendesk API reference's JSON formats (Tickets, Ticket Comments,
 * Users, Organizations, Ticket Metrics). A dataset record may lack fields an export left out; the defaults below
 * are the values Zendesk gives a fresh record, and the record's own fields win over them.
 */

export function ticketJson(ticket: DatasetTicket, apiBase: string): Record<string, unknown> {
  return {
    external_id: null,
    via: { channel: 'web', source: { from: {}, to: {}, rel: null } },
    type: null,
    raw_subject: ticket.subject,
    priority: null,
    recipient: null,
    group_id: null,
    collaborator_ids: [],
    follower_ids: [],
    email_cc_ids: [],
    forum_topic_id: null,
    problem_id: null,
    has_incidents: false,
    is_public: true,
    due_at: null,
    tags: [],
    custom_fields: [],
    sharing_agreement_ids: [],
    custom_status_id: null,
    fields: [],
    followup_ids: [],
    brand_id: null,
    allow_channelback: false,
    allow_attachments: true,
    from_messaging_channel: false,
    ...ticket.raw,
    url: `${apiBase}/tickets/${ticket.id}.json`,
    id: ticket.id,
    subject: ticket.subject,
    description: ticket.description,
    status: ticket.status,
    created_at: ticket.createdAt,
    updated_at: ticket.updatedAt,
    requester_id: ticket.requesterId,
    submitter_id: ticket.submitterId ?? ticket.requesterId,
    assignee_id: ticket.assigneeId,
    organization_id: ticket.organizationId,
    satisfaction_rating: ticket.satisfactionRating
  }
}

export function commentJson(comment: DatasetComment): Record<string, unknown> {
  return {
    type: 'Comment',
    attachments: [],
    audit_id: comment.id,
    via: { channel: 'web', source: { from: {}, to: {}, rel: null } },
    metadata: { system: {}, custom: {} },
    ...comment.raw,
    id: comment.id,
    author_id: comment.authorId,
    body: comment.body,
    html_body: comment.htmlBody ?? htmlFromText(comment.body),
    plain_body: comment.body,
    public: comment.public,
    created_at: comment.createdAt
  }
}

export function userJson(user: DatasetUser, apiBase: string): Record<string, unknown> {
  const endUser = user.role === 'end-user'
  return {
    updated_at: user.createdAt,
    time_zone: 'UTC',
    iana_time_zone: 'Etc/UTC',
    phone: null,
    shared_phone_number: null,
    photo: null,
    locale_id: 1,
    locale: 'en-US',
    verified: true,
    external_id: null,
    tags: [],
    alias: null,
    active: true,
    shared: false,
    shared_agent: false,
    last_login_at: null,
    two_factor_auth_enabled: null,
    signature: null,
    details: '',
    notes: '',
    role_type: null,
    custom_role_id: null,
    moderator: !endUser,
    ticket_restriction: endUser ? 'requested' : null,
    only_private_comments: false,
    restricted_agent: endUser,
    suspended: false,
    default_group_id: null,
    report_csv: false,
    user_fields: {},
    ...user.raw,
    url: `${apiBase}/users/${user.id}.json`,
    id: user.id,
    name: user.name,
    email: user.email,
    created_at: user.createdAt,
    organization_id: user.organizationId,
    role: user.role
  }
}

export function organizationJson(organization: DatasetOrganization, apiBase: string): Record<string, unknown> {
  return {
    shared_tickets: false,
    shared_comments: false,
    external_id: null,
    updated_at: organization.createdAt,
    domain_names: [],
    details: null,
    notes: null,
    group_id: null,
    tags: [],
    organization_fields: {},
    ...organization.raw,
    url: `${apiBase}/organizations/${organization.id}.json`,
    id: organization.id,
    name: organization.name,
    created_at: organization.createdAt
  }
}

export function metricSetJson(metric: Record<string, unknown>, apiBase: string): Record<string, unknown> {
  return { url: `${apiBase}/ticket_metrics/${String(metric.id)}.json`, ...metric }
}

/** Zendesk's html_body for a plain-text comment: paragraphs in a zd-comment div, text escaped. */
export function htmlFromText(text: string): string {
  const paragraphs = text
    .split(/\n{2,}/)
    .map((paragraph) => `<p dir="auto">${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
  return `<div class="zd-comment" dir="auto">${paragraphs.join('')}</div>`
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}
