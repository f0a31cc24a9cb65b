/**
 * The requester's history as Rapport's insight engine sees it: domain types, already parsed and validated
 * at the Zendesk boundary (src/zendesk). Dates are ISO-8601 strings; ids are numbers (Zendesk ids exceed
 * 2^31 but stay below 2^53). Nothing here knows about ZAF, HTTP or React.
 */

export type FieldValue = string | number | boolean | null

/** A Zendesk user (the requester) reduced to what relationship context needs. */
export interface Requester {
  id: number
  name: string
  email: string | null
  createdAt: string
  tags: string[]
  /** user_fields, keyed by field key. */
  fields: Record<string, FieldValue>
  organizationId: number | null
  locale: string | null
}

export interface Organization {
  id: number
  name: string
  createdAt: string
  tags: string[]
  /** organization_fields, keyed by field key. */
  fields: Record<string, FieldValue>
}

/** satisfaction_rating.score as the Tickets API reports it; 'none' when the rating is null. */
export type SatisfactionScore = 'good' | 'bad' | 'offered' | 'unoffered' | 'none'

export interface TicketComment {
  id: number
  authorId: number
  /** Plain-text body as Zendesk gives it (`body`); may still contain quoted replies and signatures. */
  body: string
  /** `html_body` when present, for cleaners that prefer structure. */
  htmlBody: string | null
  public: boolean
  createdAt: string
}

export interface HistoryTicket {
  id: number
  subject: string
  /** The ticket's first comment as plain text (`description`). */
  description: string
  status: 'new' | 'open' | 'pending' | 'hold' | 'solved' | 'closed'
  createdAt: string
  updatedAt: string
  tags: string[]
  satisfaction: SatisfactionScore
  /** From side-loaded ticket metric sets; null when Zendesk did not provide them. */
  reopens: number | null
  replies: number | null
  channel: string
  /** Present only for the tickets whose comments were read (the current ticket and the N most recent). */
  comments: TicketComment[] | null
}

/**
 * How much of the requester's relationship the history covers, so no window count is shown as a lifetime one
 * and no cut-short read is shown as complete.
 */
export interface HistoryCoverage {
  /** Tickets the requester ever opened (`requested_tickets` of users/{id}/related.json); null when unknown. */
  lifetimeTicketCount: number | null
  /** The lookback that bounded the read, in months. */
  lookbackMonths: number
  /** The read stopped at the `maxTickets` budget: there are at least as many tickets as were read. */
  cappedAtMaxTickets: boolean
  /** Records (tickets, comments) that did not parse and were left out; > 0 also marks the history partial. */
  unreadableRecords: number
  /** Tickets with dates outside the plausible range, left out. */
  implausibleDates: number
}

export interface RequesterHistory {
  requester: Requester
  organization: Organization | null
  /** Every ticket the requester opened within the lookback, newest first, including the current one. */
  tickets: HistoryTicket[]
  currentTicketId: number
  /** True when some pages or comments could not be read: the history is known to be incomplete. */
  partial: boolean
  coverage: HistoryCoverage
}

/** Coverage when nothing but the lookback is known: no lifetime count, nothing capped or left out. */
export function windowOnlyCoverage(lookbackMonths: number): HistoryCoverage {
  return {
    lifetimeTicketCount: null,
    lookbackMonths,
    cappedAtMaxTickets: false,
    unreadableRecords: 0,
    implausibleDates: 0
  }
}
