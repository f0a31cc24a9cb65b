import type { Dataset, DatasetTicket } from '../dataset/datasetTypes'
import { metricSetJson, organizationJson, userJson } from './apiShapes'

/**
 * Side-loading (`include=users,organizations,metric_sets`) as the API reference's "Side-loading" page describes
 * for tickets: the users a ticket references (requester, submitter, assignee), their organizations, and each
 * ticket's metric set, in one response. Unknown includes are ignored, as Zendesk does.
 */
export function ticketSideLoads(
  tickets: DatasetTicket[],
  includes: Set<string>,
  dataset: Dataset,
  apiBase: string
): Record<string, unknown> {
  const sideLoads: Record<string, unknown> = {}
  if (includes.has('users')) {
    const ids = unique(tickets.flatMap((ticket) => [ticket.requesterId, ticket.submitterId, ticket.assigneeId]))
    sideLoads.users = ids.flatMap((id) => {
      const user = dataset.users.get(id)
      return user ? [userJson(user, apiBase)] : []
    })
  }
  if (includes.has('organizations')) {
    const ids = unique(tickets.map((ticket) => ticket.organizationId))
    sideLoads.organizations = ids.flatMap((id) => {
      const organization = dataset.organizations.get(id)
      return organization ? [organizationJson(organization, apiBase)] : []
    })
  }
  if (includes.has('metric_sets')) {
    sideLoads.metric_sets = tickets.flatMap((ticket) => {
      const metric = dataset.metricSets.get(ticket.id)
      return metric ? [metricSetJson(metric, apiBase)] : []
    })
  }
  return sideLoads
}

export function readIncludes(url: URL): Set<string> {
  const value = url.searchParams.get('include') ?? ''
  return new Set(
    value
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name !== '')
  )
}

function unique(ids: Array<number | null>): number[] {
  return [...new Set(ids.filter((id): id is number => id !== null))]
}
