/**
 * The cursor-based incremental ticket export (`GET /api/v2/incremental/tickets/cursor.json`) as the Zendesk API
 * reference describes it: `start_time` (epoch seconds) for the first page, then `cursor`; tickets in update
 * order, up to `per_page` (default and maximum 1000); `after_cursor`, `after_url`, `before_cursor`,
 * `before_url` and `end_of_stream`. Cursors are keyset cursors (update time and id), as in listPagination.
 */
import type { Dataset, DatasetTicket } from '../dataset/datasetTypes'
import { ticketJson } from './apiShapes'

export interface ExportAnswer {
  status: number
  body: unknown
}

const maxPerPage = 1000

interface ExportCursor {
  updatedMs: number
  id: number
}

export function incrementalTicketExport(url: URL, dataset: Dataset, apiBase: string): ExportAnswer {
  const params = url.searchParams
  const perPage = Number(params.get('per_page') ?? maxPerPage)
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > maxPerPage) {
    return invalid(`per_page must be an integer from 1 to ${maxPerPage}`)
  }
  let from: ExportCursor
  const cursorText = params.get('cursor')
  if (cursorText !== null) {
    const cursor = decode(cursorText)
    if (!cursor) return invalid('cursor is not a cursor this export gave')
    from = cursor
  } else {
    const startTime = Number(params.get('start_time'))
    if (!params.has('start_time') || !Number.isInteger(startTime) || startTime < 0) {
      return invalid('start_time (epoch seconds) or cursor is required')
    }
    from = { updatedMs: startTime * 1000, id: -1 }
  }
  const after = (ticket: DatasetTicket) => {
    const updatedMs = Date.parse(ticket.updatedAt)
    return updatedMs > from.updatedMs || (updatedMs === from.updatedMs && ticket.id > from.id)
  }
  const ordered = [...dataset.tickets.values()]
    .filter(after)
    .sort((a, b) => Date.parse(a.updatedAt) - Date.parse(b.updatedAt) || a.id - b.id)
  const page = ordered.slice(0, perPage)
  const last = page[page.length - 1]
  const afterCursor = last ? encode({ updatedMs: Date.parse(last.updatedAt), id: last.id }) : encode(from)
  const link = (cursor: string) => `${apiBase}/incremental/tickets/cursor.json?cursor=${cursor}`
  return {
    status: 200,
    body: {
      tickets: page.map((ticket) => ticketJson(ticket, apiBase)),
      after_cursor: afterCursor,
      after_url: link(afterCursor),
      before_cursor: null,
      before_url: null,
      end_of_stream: ordered.length <= perPage
    }
  }
}

function encode(cursor: ExportCursor): string {
  return Buffer.from(JSON.stringify({ u: cursor.updatedMs, i: cursor.id })).toString('base64url')
}

function decode(text: string): ExportCursor | null {
  try {
    const parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as { u?: unknown; i?: unknown }
    return typeof parsed.u === 'number' && typeof parsed.i === 'number' ? { updatedMs: parsed.u, id: parsed.i } : null
  } catch {
    return null
  }
}

function invalid(description: string): ExportAnswer {
  return { status: 400, body: { error: 'InvalidValue', description } }
}
