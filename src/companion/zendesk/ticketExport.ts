/**
 * The account's tickets from Zendesk's cursor-based incremental ticket export
 * (`/api/v2/incremental/tickets/cursor.json`): up to 1000 tickets per page, in update order, from a start time or
 * from the cursor the last read ended at. Only what the topic model needs is parsed: id, requester, creation
 * time, status and tags — subjects and descriptions are dropped at the parse.
 */
import * as v from 'valibot'
import { sideLoaded } from '../../zendesk/zendeskResponses'
import type { ZendeskResult } from '../../zendesk/zendeskError'
import type { ZendeskReader } from './zendeskFetch'

const integer = v.pipe(v.number(), v.safeInteger())

const exportedTicket = v.object({
  id: integer,
  requester_id: v.nullish(integer),
  created_at: v.string(),
  status: v.string(),
  tags: v.nullish(v.array(v.string()), () => [])
})
export type ExportedTicket = v.InferOutput<typeof exportedTicket>

const exportPage = v.object({
  tickets: v.array(v.unknown()),
  after_cursor: v.nullish(v.string()),
  end_of_stream: v.optional(v.boolean(), true)
})

export const exportStartUrl = (startTimeSeconds: number) =>
  `/api/v2/incremental/tickets/cursor.json?start_time=${Math.floor(startTimeSeconds)}`
export const exportCursorUrl = (cursor: string) =>
  `/api/v2/incremental/tickets/cursor.json?cursor=${encodeURIComponent(cursor)}`

export interface ExportRead {
  tickets: ExportedTicket[]
  /** Where the next read continues; null when Zendesk gave none. */
  cursor: string | null
  /** False when the budget or a failed page stopped the read before the end of the stream. */
  complete: boolean
}

export async function readTicketExport(
  from: { cursor: string } | { startTimeSeconds: number },
  reader: ZendeskReader
): Promise<ZendeskResult<ExportRead>> {
  let url = 'cursor' in from ? exportCursorUrl(from.cursor) : exportStartUrl(from.startTimeSeconds)
  let cursor = 'cursor' in from ? from.cursor : null
  const tickets: ExportedTicket[] = []
  for (let pageNumber = 1; ; pageNumber += 1) {
    const answer = await reader.getJson(url)
    const page = answer.ok ? v.safeParse(exportPage, answer.value) : null
    if (!answer.ok || !page?.success) {
      if (pageNumber === 1) return answer.ok ? { ok: false, error: { kind: 'malformed' } } : answer
      return { ok: true, value: { tickets, cursor, complete: false } }
    }
    tickets.push(...sideLoaded(page.output.tickets, exportedTicket))
    const after = page.output.after_cursor ?? null
    if (after !== null) cursor = after
    if (page.output.end_of_stream || after === null) return { ok: true, value: { tickets, cursor, complete: true } }
    url = exportCursorUrl(after)
  }
}
