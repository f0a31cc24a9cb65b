import type { WorkspaceTicketJson } from '../hostPayloads'

/**
 * The ZAF Support API objects (camelCase: ticket, user, organization, currentUser, currentAccount) the parent
 * frame answers `client.get` with, built from the API JSON the host serves. Custom fields are reachable only
 * through `customField:<key>` path segments, as in ZAF, so they live beside the objects, not inside them.
 */

type Json = Record<string, unknown>
export type ZafObject = Record<string, unknown>

/** customField:<key> values of a ZAF object. */
export const customFields = new WeakMap<object, Record<string, unknown>>()

const text = (json: Json | null, key: string): string | null => {
  const value = json?.[key]
  return typeof value === 'string' ? value : null
}
const id = (json: Json | null, key: string): number | null => {
  const value = json?.[key]
  return typeof value === 'number' ? value : null
}
const strings = (json: Json | null, key: string): string[] => {
  const value = json?.[key]
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []
}
const record = (json: Json | null, key: string): Json => {
  const value = json?.[key]
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {}
}

const utcTimeZone = { ianaName: 'Etc/UTC', name: 'UTC', offset: 0, formattedOffset: 'GMT+00:00' }

export function zafOrganization(organization: Json | null): ZafObject | null {
  if (!organization) return null
  const zaf: ZafObject = {
    id: id(organization, 'id'),
    name: text(organization, 'name'),
    tags: strings(organization, 'tags'),
    domains: strings(organization, 'domain_names').join(' '),
    details: text(organization, 'details'),
    notes: text(organization, 'notes'),
    externalId: text(organization, 'external_id'),
    group: null,
    sharedTickets: organization.shared_tickets === true,
    sharedComments: organization.shared_comments === true
  }
  customFields.set(zaf, record(organization, 'organization_fields'))
  return zaf
}

export function zafUser(
  user: Json | null,
  organization: Json | null,
  localeOverride: string | null = null
): ZafObject | null {
  if (!user) return null
  const zafOrganizations = organization ? [zafOrganization(organization)] : []
  const zaf: ZafObject = {
    id: id(user, 'id'),
    name: text(user, 'name'),
    email: text(user, 'email'),
    avatarUrl: null,
    role: text(user, 'role') ?? 'end-user',
    locale: localeOverride ?? text(user, 'locale') ?? 'en-US',
    timeZone: utcTimeZone,
    tags: strings(user, 'tags'),
    externalId: text(user, 'external_id'),
    details: text(user, 'details'),
    notes: text(user, 'notes'),
    alias: text(user, 'alias'),
    signature: text(user, 'signature'),
    identities: [],
    groups: [],
    organizations: zafOrganizations
  }
  customFields.set(zaf, record(user, 'user_fields'))
  return zaf
}

/** A user the ticket names but the account no longer has: ZAF still knows the id, nothing else. */
function missingUser(userId: number): ZafObject {
  return {
    id: userId,
    name: null,
    email: null,
    avatarUrl: null,
    role: 'end-user',
    locale: null,
    tags: [],
    organizations: []
  }
}

export function zafTicket(view: WorkspaceTicketJson): ZafObject {
  const { ticket } = view
  const usersById = new Map(view.users.map((user) => [id(user, 'id'), user]))
  const requesterId = id(ticket, 'requester_id')
  const requester =
    view.requester !== null
      ? zafUser(view.requester, view.organization)
      : requesterId === null
        ? null
        : missingUser(requesterId)
  const author = (authorId: number | null) => {
    const user = authorId === null ? undefined : usersById.get(authorId)
    if (authorId !== null && authorId === requesterId && view.requester) return zafUser(view.requester, null)
    return user ? zafUser(user, null) : authorId === null ? null : missingUser(authorId)
  }
  const assigneeId = id(ticket, 'assignee_id')
  const zaf: ZafObject = {
    id: id(ticket, 'id'),
    subject: text(ticket, 'subject'),
    description: text(ticket, 'description'),
    status: text(ticket, 'status'),
    priority: text(ticket, 'priority'),
    type: text(ticket, 'type'),
    tags: strings(ticket, 'tags'),
    createdAt: text(ticket, 'created_at'),
    updatedAt: text(ticket, 'updated_at'),
    externalId: text(ticket, 'external_id'),
    isNew: false,
    requester,
    assignee: { user: assigneeId === null ? null : author(assigneeId), group: null },
    organization: zafOrganization(view.organization),
    brand: null,
    via: { channel: text(record(ticket, 'via'), 'channel'), source: record(record(ticket, 'via'), 'source') },
    collaborators: [],
    sharedWith: [],
    comments: view.comments.map((comment) => ({
      id: id(comment, 'id'),
      value: text(comment, 'html_body'),
      author: author(id(comment, 'author_id')),
      imageAttachments: [],
      nonImageAttachments: []
    })),
    conversation: view.comments.map((comment) => {
      const commentAuthor = author(id(comment, 'author_id'))
      return {
        attachments: [],
        author: {
          id: commentAuthor?.id ?? null,
          avatar: null,
          name: commentAuthor?.name ?? null,
          role: commentAuthor?.role ?? null
        },
        channel: { name: text(record(comment, 'via'), 'channel') },
        message: { content: text(comment, 'html_body'), contentType: 'text/html' },
        timestamp: text(comment, 'created_at')
      }
    })
  }
  const ticketFields: Record<string, unknown> = {}
  const customFieldList = ticket.custom_fields
  if (Array.isArray(customFieldList)) {
    for (const field of customFieldList as Json[]) ticketFields[`custom_field_${String(field.id)}`] = field.value
  }
  customFields.set(zaf, ticketFields)
  return zaf
}

export function zafCurrentUser(agent: Json | null, localeOverride: string | null): ZafObject {
  const fallback = { id: 1, name: 'Demo Agent', email: 'agent@rapport-demo.example', role: 'agent' }
  const user = zafUser(agent ?? fallback, null, localeOverride) as ZafObject
  return {
    ...user,
    role: text(agent, 'role') === 'admin' ? 'admin' : 'agent',
    groups: [{ id: 3_700_000_001, name: 'Support' }]
  }
}

export function zafCurrentAccount(subdomain: string): ZafObject {
  return { subdomain, planName: 'enterprise', timeZone: utcTimeZone }
}
