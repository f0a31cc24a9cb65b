/**
 * Requests Rapport makes per ticket view, counted on the fake Zendesk API (these are counts, not timings, so
 * they are exact and machine-independent), next to the naive count: one request per ticket plus one per
 * ticket's comments.
 */
import type { BenchSuite } from '../run'
import { countRequests, openSidebar } from '../../zendesk/fakes/loaderHarness'
import { generatedDataset, generatedRequesterId, generatedTicketId } from '../../zendesk/fakes/requesterDataset'

const now = Date.parse('2025-06-01T12:00:00Z')

async function countFor(ticketCount: number, maxTickets: number) {
  const dataset = generatedDataset({ ticketCount, now })
  const requester = { requesterId: generatedRequesterId, now, settings: { maxTickets } }
  const sidebar = openSidebar({ dataset, ticketId: generatedTicketId(0, ticketCount), ...requester })

  await sidebar.loadHistory()
  const first = countRequests(sidebar.api.requests)
  await sidebar.loadHistory()
  const reopen = sidebar.api.requests.length - first.total

  // The agent opens another ticket of the same requester: a new sidebar instance in the same browser tab.
  if (ticketCount < 2) return { first, reopen, otherTicket: '–' }
  const other = openSidebar({ dataset, ticketId: generatedTicketId(1, ticketCount), ...requester })
  await other.loadHistory()
  return { first, reopen, otherTicket: String(other.api.requests.length) }
}

async function run(): Promise<string[]> {
  const lines = [
    'N tickets | maxTickets | first open: pages + user/org + related + comments = total | re-open | other ticket, same requester | naive (2 per ticket)',
    '--- | --- | --- | --- | --- | ---'
  ]
  for (const [ticketCount, maxTickets] of [
    [1, 300],
    [12, 300],
    [250, 300],
    [1000, 300],
    [1000, 1000]
  ] as const) {
    const { first, reopen, otherTicket } = await countFor(ticketCount, maxTickets)
    const userAndOrganization = first.users + first.organizations
    lines.push(
      `${ticketCount} | ${maxTickets} | ${first.ticketPages} + ${userAndOrganization} + ${first.related} + ${first.comments} = ${first.total} | ` +
        `${reopen} | ${otherTicket} | ${2 * ticketCount}`
    )
  }
  lines.push(
    '(user and organization come side-loaded with the first ticket page; related = the lifetime ticket count, read in ' +
      'the same round trip as the first page; comments: the open ticket + 5 most recent)'
  )
  return lines
}

const suite: BenchSuite = { name: 'requests', run }
export default suite
