/** What the analysis benchmarks share: one requester, four years a customer, around generated tickets; the median. */
import { type HistoryTicket, type RequesterHistory, windowOnlyCoverage } from '../../src/insight/requesterHistory'

export const benchNow = new Date('2025-06-02T12:00:00Z')
export const benchDayMs = 86_400_000
export const benchRequesterId = 42

/** The requester's history around `tickets` (newest first; the first is the open ticket). */
export function benchHistory(tickets: HistoryTicket[], requesterName: string): RequesterHistory {
  return {
    requester: {
      id: benchRequesterId,
      name: requesterName,
      email: null,
      createdAt: new Date(benchNow.getTime() - 1_200 * benchDayMs).toISOString(),
      tags: [],
      fields: {},
      organizationId: null,
      locale: 'en'
    },
    organization: null,
    tickets,
    currentTicketId: tickets[0]!.id,
    partial: false,
    coverage: windowOnlyCoverage(24)
  }
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
