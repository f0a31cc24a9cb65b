/**
 * The requester's user record and organization (tags and custom fields, for tier mapping). Both usually arrive
 * side-loaded with the first tickets page and cost nothing; a request is made only for what is missing.
 */
import * as v from 'valibot'
import type { HistoryTicket, Organization, Requester } from '../insight/requesterHistory'
import { isPlausibleDate } from './plausibleDates'
import { toOrganization, toRequester } from './toDomain'
import type { ZendeskResult } from './zendeskError'
import { organizationResponse, sideLoaded, userResponse, zendeskOrganization, zendeskUser } from './zendeskResponses'

export interface RequesterProfile {
  requester: Requester
  organization: Organization | null
  /** True when the organization exists but could not be read. */
  partial: boolean
}

export const userUrl = (userId: number) => `/api/v2/users/${userId}.json?include=organizations`
export const organizationUrl = (organizationId: number) => `/api/v2/organizations/${organizationId}.json`

export async function readRequesterProfile(input: {
  requesterId: number
  sideLoadedUsers: unknown[]
  sideLoadedOrganizations: unknown[]
  getJson: (url: string) => Promise<ZendeskResult<unknown>>
}): Promise<ZendeskResult<RequesterProfile>> {
  const { requesterId, getJson } = input
  const organizations = sideLoaded(input.sideLoadedOrganizations, zendeskOrganization)
  let user = sideLoaded(input.sideLoadedUsers, zendeskUser).find((candidate) => candidate.id === requesterId)

  if (!user) {
    const answer = await getJson(userUrl(requesterId))
    if (!answer.ok) return answer
    const parsed = v.safeParse(userResponse, answer.value)
    if (!parsed.success) return { ok: false, error: { kind: 'malformed' } }
    user = parsed.output.user
    organizations.push(...sideLoaded(parsed.output.organizations, zendeskOrganization))
  }

  const requester = toRequester(user)
  const organizationId = requester.organizationId
  if (organizationId === null) return { ok: true, value: { requester, organization: null, partial: false } }

  const known = organizations.find((organization) => organization.id === organizationId)
  if (known) return { ok: true, value: { requester, organization: toOrganization(known), partial: false } }

  const answer = await getJson(organizationUrl(organizationId))
  const parsed = answer.ok ? v.safeParse(organizationResponse, answer.value) : null
  if (parsed?.success) {
    return { ok: true, value: { requester, organization: toOrganization(parsed.output.organization), partial: false } }
  }
  // A deleted organization (404) is simply none; any other failure leaves the tier mapping incomplete.
  const deleted = !answer.ok && answer.error.kind === 'notFound'
  return { ok: true, value: { requester, organization: null, partial: !deleted } }
}

/**
 * The profile with plausible `created_at`s: an impossible one (1970, the year 276,000) is replaced by the oldest
 * ticket's date, or now, so tenure reads from the tickets instead, and it is counted as an implausible date.
 */
export function withPlausibleSince(
  profile: RequesterProfile,
  tickets: HistoryTicket[],
  now: number
): { requester: Requester; organization: Organization | null; implausibleDates: number } {
  const oldest = tickets.at(-1)?.createdAt ?? new Date(now).toISOString()
  let implausibleDates = 0
  const plausible = <T extends { createdAt: string }>(record: T): T => {
    if (isPlausibleDate(record.createdAt, now)) return record
    implausibleDates += 1
    return { ...record, createdAt: oldest }
  }
  const requester = plausible(profile.requester)
  const organization = profile.organization && plausible(profile.organization)
  return { requester, organization, implausibleDates }
}
