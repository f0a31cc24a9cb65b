import { existsSync, statSync } from 'node:fs'
import { findCollectionFile, readDatasetText } from './datasetFiles'
import type { Dataset, DatasetTicket } from './datasetTypes'
import { deriveTicketMetric } from './deriveTicketMetric'
import {
  parseOrganization,
  parseSatisfactionRating,
  parseTicket,
  parseTicketMetric,
  parseUser,
  type ParsedRating
} from './parseRecords'
import { DatasetError, readRecords } from './readRecords'

interface Collection {
  /** File base name, the API's plural key. */
  name: string
  /** The singular key of a one-record response (`{ "user": {...} }`). */
  recordKey: string
  required: boolean
}

const collections = {
  users: { name: 'users', recordKey: 'user', required: true },
  organizations: { name: 'organizations', recordKey: 'organization', required: false },
  tickets: { name: 'tickets', recordKey: 'ticket', required: true },
  satisfactionRatings: { name: 'satisfaction_ratings', recordKey: 'satisfaction_rating', required: false },
  ticketMetrics: { name: 'ticket_metrics', recordKey: 'ticket_metric', required: false }
} satisfies Record<string, Collection>

/**
 * Loads a folder of Zendesk API object files (users, organizations, tickets with `comments`, and optionally
 * satisfaction_ratings and ticket_metrics), each a JSON array, NDJSON or the API's envelope. Throws a
 * DatasetError naming the file and line of the first problem.
 */
export function loadDataset(folder: string): Dataset {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new DatasetError(`${folder}: no such folder (expected users.json, organizations.json, tickets.json)`)
  }
  const users = indexById(readCollection(folder, collections.users, parseUser), collections.users.name)
  const organizations = indexById(
    readCollection(folder, collections.organizations, parseOrganization),
    collections.organizations.name
  )
  const ticketRecords = readCollection(folder, collections.tickets, parseTicket)
  const tickets = indexById(ticketRecords, collections.tickets.name)
  checkCommentIds(ticketRecords)

  for (const ticket of tickets.values()) {
    if (ticket.organizationId === null && !('organization_id' in ticket.raw) && ticket.requesterId !== null) {
      ticket.organizationId = users.get(ticket.requesterId)?.organizationId ?? null
    }
  }
  mergeSatisfactionRatings(tickets, readCollection(folder, collections.satisfactionRatings, parseSatisfactionRating))

  const metricSets = new Map<number, Record<string, unknown>>()
  for (const { ticketId, metric } of readCollection(folder, collections.ticketMetrics, parseTicketMetric)) {
    if (tickets.has(ticketId)) metricSets.set(ticketId, metric)
  }
  for (const ticket of tickets.values()) {
    if (!metricSets.has(ticket.id)) metricSets.set(ticket.id, deriveTicketMetric(ticket))
  }

  const ticketsByRequester = new Map<number, DatasetTicket[]>()
  for (const ticket of tickets.values()) {
    if (ticket.requesterId === null) continue
    const list = ticketsByRequester.get(ticket.requesterId) ?? []
    list.push(ticket)
    ticketsByRequester.set(ticket.requesterId, list)
  }
  return { folder, users, organizations, tickets, ticketsByRequester, metricSets }
}

function readCollection<T>(
  folder: string,
  collection: Collection,
  parse: (source: { value: unknown; line: number }, where: string) => T
): Array<T & { line: number; fileName: string }> {
  const fileName = findCollectionFile(folder, collection.name)
  if (fileName === null) {
    if (collection.required) throw new DatasetError(`${folder}: ${collection.name}.json is missing`)
    return []
  }
  const text = readDatasetText(folder, fileName)
  return readRecords(text, fileName, collection.name, collection.recordKey).map((source) => ({
    ...parse(source, `${fileName} line ${source.line}`),
    line: source.line,
    fileName
  }))
}

function indexById<T extends { id: number; line: number; fileName: string }>(
  records: T[],
  collectionName: string
): Map<number, Omit<T, 'line' | 'fileName'>> {
  const index = new Map<number, Omit<T, 'line' | 'fileName'>>()
  const lines = new Map<number, number>()
  for (const { line, fileName, ...record } of records) {
    const firstLine = lines.get(record.id)
    if (firstLine !== undefined) {
      throw new DatasetError(
        `${fileName} line ${line}: ${collectionName} id ${record.id} appears twice (first on line ${firstLine})`
      )
    }
    lines.set(record.id, line)
    index.set(record.id, record)
  }
  return index
}

/**
 * Comment ids are unique across the account, as Zendesk's are. A comment the host made from a description (see
 * descriptionAsComment: no fields of its own) borrows its ticket's id and is not checked.
 */
function checkCommentIds(tickets: Array<DatasetTicket & { line: number; fileName: string }>): void {
  const seen = new Map<number, number>()
  for (const { id: ticketId, comments, line, fileName } of tickets) {
    for (const comment of comments) {
      if (Object.keys(comment.raw).length === 0) continue
      const other = seen.get(comment.id)
      if (other !== undefined) {
        const where = other === ticketId ? 'twice in this ticket' : `in ticket ${other} too`
        throw new DatasetError(`${fileName} line ${line}: comment id ${comment.id} appears ${where}`)
      }
      seen.set(comment.id, ticketId)
    }
  }
}

/** satisfaction_ratings.json wins over a ticket's own field; of several ratings for a ticket, the latest counts. */
function mergeSatisfactionRatings(tickets: Map<number, DatasetTicket>, ratings: ParsedRating[]): void {
  const latest = new Map<number, ParsedRating>()
  for (const rating of ratings) {
    const current = latest.get(rating.ticketId)
    if (!current || Date.parse(rating.createdAt) >= Date.parse(current.createdAt)) latest.set(rating.ticketId, rating)
  }
  for (const [ticketId, { rating }] of latest) {
    const ticket = tickets.get(ticketId)
    if (!ticket) continue
    ticket.satisfactionRating = {
      id: rating.id,
      score: rating.score,
      ...(rating.comment === undefined ? {} : { comment: rating.comment }),
      ...(rating.reason === undefined ? {} : { reason: rating.reason })
    }
  }
}
