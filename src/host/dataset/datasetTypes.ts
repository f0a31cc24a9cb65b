/**
 * A dataset as the fake Zendesk API serves it: the records of a folder of Zendesk API object files, indexed.
 * Each record keeps its original object (`raw`) so fields the host does not read are served back unchanged;
 * the typed fields are the ones the API must understand to filter, sort, side-load and paginate.
 */

export type TicketStatus = 'new' | 'open' | 'pending' | 'hold' | 'solved' | 'closed'
export const ticketStatuses: readonly TicketStatus[] = ['new', 'open', 'pending', 'hold', 'solved', 'closed']

export type UserRole = 'end-user' | 'agent' | 'admin'
export const userRoles: readonly UserRole[] = ['end-user', 'agent', 'admin']

export interface DatasetUser {
  id: number
  name: string
  email: string | null
  role: UserRole
  createdAt: string
  organizationId: number | null
  raw: Record<string, unknown>
}

export interface DatasetOrganization {
  id: number
  name: string
  createdAt: string
  raw: Record<string, unknown>
}

export interface DatasetComment {
  id: number
  authorId: number
  body: string
  htmlBody: string | null
  public: boolean
  createdAt: string
  raw: Record<string, unknown>
}

export interface DatasetTicket {
  id: number
  subject: string
  description: string
  status: TicketStatus
  createdAt: string
  updatedAt: string
  requesterId: number | null
  submitterId: number | null
  assigneeId: number | null
  organizationId: number | null
  /** Oldest first. A ticket given without `comments` gets its description as its only comment. */
  comments: DatasetComment[]
  /** The ticket's `satisfaction_rating`, with satisfaction_ratings.json merged in. */
  satisfactionRating: Record<string, unknown> | null
  /** The ticket object without `comments`. */
  raw: Record<string, unknown>
}

export interface Dataset {
  folder: string
  users: Map<number, DatasetUser>
  organizations: Map<number, DatasetOrganization>
  tickets: Map<number, DatasetTicket>
  /** Tickets by requester id, in file order. */
  ticketsByRequester: Map<number, DatasetTicket[]>
  /** Ticket metric objects by ticket id: from ticket_metrics.json, or derived from the comments. */
  metricSets: Map<number, Record<string, unknown>>
}
