import {
  ticketStatuses,
  userRoles,
  type DatasetComment,
  type DatasetOrganization,
  type DatasetTicket,
  type DatasetUser
} from './datasetTypes'
import type { SourcedRecord } from './readRecords'
import { RecordFields } from './recordFields'

/** Field rules follow the Zendesk API reference JSON formats; only what the fake API relies on is required. */

export function parseUser(source: SourcedRecord, where: string): DatasetUser {
  const fields = new RecordFields(where, source)
  return {
    id: fields.id('id'),
    name: fields.string('name'),
    email: fields.optionalString('email'),
    role: fields.object.role === undefined ? 'end-user' : fields.oneOf('role', userRoles),
    createdAt: fields.date('created_at'),
    organizationId: fields.optionalId('organization_id'),
    raw: checkedCollections(fields, ['tags'], ['user_fields'])
  }
}

export function parseOrganization(source: SourcedRecord, where: string): DatasetOrganization {
  const fields = new RecordFields(where, source)
  return {
    id: fields.id('id'),
    name: fields.string('name'),
    createdAt: fields.date('created_at'),
    raw: checkedCollections(fields, ['tags', 'domain_names'], ['organization_fields'])
  }
}

export function parseTicket(source: SourcedRecord, where: string): DatasetTicket {
  const fields = new RecordFields(where, source)
  const id = fields.id('id')
  const createdAt = fields.date('created_at')
  const requesterId = fields.optionalId('requester_id')
  const description = fields.optionalString('description')
  const comments = parseComments(fields, where)
  const { comments: _comments, ...raw } = checkedCollections(fields, ['tags'], ['via'])
  return {
    id,
    subject: fields.optionalString('subject') ?? '',
    description: description ?? comments[0]?.body ?? '',
    status: fields.oneOf('status', ticketStatuses),
    createdAt,
    updatedAt: fields.optionalDate('updated_at') ?? createdAt,
    requesterId,
    submitterId: fields.optionalId('submitter_id'),
    assigneeId: fields.optionalId('assignee_id'),
    organizationId: fields.optionalId('organization_id'),
    comments:
      comments.length > 0 || description === null || requesterId === null
        ? comments
        : [descriptionAsComment(id, requesterId, description, createdAt)],
    satisfactionRating: fields.optionalObject('satisfaction_rating'),
    raw
  }
}

function parseComments(fields: RecordFields, where: string): DatasetComment[] {
  const value = fields.object.comments
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) return fields.fail('comments', 'must be an array of comment objects')
  const comments = value.map((comment: unknown, index) => {
    const commentFields = new RecordFields(`${where}, comments[${index}]`, { value: comment, line: 0 })
    const body = commentFields.optionalString('body')
    const htmlBody = commentFields.optionalString('html_body')
    if (body === null && htmlBody === null) commentFields.fail('body', 'or "html_body" must be present')
    return {
      id: commentFields.id('id'),
      authorId: commentFields.id('author_id'),
      body: body ?? commentFields.optionalString('plain_body') ?? '',
      htmlBody,
      public: commentFields.boolean('public', true),
      createdAt: commentFields.date('created_at'),
      raw: commentFields.object
    }
  })
  return comments.sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id - b.id)
}

/**
 * Exports of tickets often come without comments; Zendesk stores the description as the first comment, so the
 * host serves it as one (its id is the ticket's, which never collides within one ticket's comments).
 */
function descriptionAsComment(id: number, authorId: number, body: string, createdAt: string): DatasetComment {
  return { id, authorId, body, htmlBody: null, public: true, createdAt, raw: {} }
}

export interface ParsedRating {
  ticketId: number
  createdAt: string
  rating: Record<string, unknown>
}

export function parseSatisfactionRating(source: SourcedRecord, where: string): ParsedRating {
  const fields = new RecordFields(where, source)
  fields.id('id')
  fields.oneOf('score', ['good', 'bad', 'offered', 'unoffered'] as const)
  return {
    ticketId: fields.id('ticket_id'),
    createdAt: fields.optionalDate('created_at') ?? '1970-01-01T00:00:00Z',
    rating: fields.object
  }
}

export function parseTicketMetric(
  source: SourcedRecord,
  where: string
): { ticketId: number; metric: Record<string, unknown> } {
  const fields = new RecordFields(where, source)
  fields.id('id')
  fields.integer('reopens', 0)
  fields.integer('replies', 0)
  return { ticketId: fields.id('ticket_id'), metric: fields.object }
}

/** Checks the array and object fields the API passes through, so a wrong type fails here and not in a response. */
function checkedCollections(fields: RecordFields, arrays: string[], objects: string[]): Record<string, unknown> {
  arrays.forEach((field) => fields.stringArray(field))
  objects.forEach((field) => fields.optionalObject(field))
  return fields.object
}
