/**
 * The account's tickets from Zendesk's cursor-based incremental ticket export
 * (`/api/v2/incremental/tickets/cursor.json`): up to 1000 tickets per page, in update order, from a start time or
 * from the cursor the last read ended at. Only what the topic model needs is parsed: id, requester, creation
 * time, status and tags — subjects and descriptions are dropped at the parse.
 */
import * as z from 'zod/mini'
import { sideLoaded } from '../../zendesk/zendeskResponses'
import type { ZendeskResult } from '../../zendesk/zendeskError'
import type { ZendeskReader } from './zendeskFetch'

const exportedTicket = z.object({
  id: z.int(),
  requester_id: z.nullish(z.int()),
  created_at: z.string(),
  status: z.string(),
  tags: z.pipe(
    z.nullish(z.array(z.string())),
    z.transform((tags) => tags ?? [])
  )
})
export type ExportedTicket = z.output<typeof exportedTicket>

const exportPage = z.object({
  tickets: z.array(z.unknown()),
  after_cursor: z.nullish(z.string()),
  end_of_stream: z._default(z.boolean(), true)
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
    const page = answer.ok ? exportPage.safeParse(answer.value) : null
    if (!answer.ok || !page?.success) {
      if (pageNumber === 1) return answer.ok ? { ok: false, error: { kind: 'malformed' } } : answer
      return { ok: true, value: { tickets, cursor, complete: false } }
    }
    tickets.push(...sideLoaded(page.data.tickets, exportedTicket))
    const after = page.data.after_cursor ?? null
    if (after !== null) cursor = after
    if (page.data.end_of_stream || after === null) return { ok: true, value: { tickets, cursor, complete: true } }
    url = exportCursorUrl(after)
  }
}
