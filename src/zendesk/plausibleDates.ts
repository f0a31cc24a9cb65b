/**
 * Dates a Zendesk record can really carry: not before Zendesk existed, not after now (give or take the clock
 * skew between the agent's machine and Zendesk). A ticket dated 276,000 AD or in 1970 is a damaged record: it
 * is left out and counted, never read as "Customer for 274029 years" or as a ticket this week.
 */
const earliestZendeskRecord = Date.parse('2007-01-01T00:00:00Z')
const allowedClockSkewMs = 24 * 60 * 60 * 1000

export function isPlausibleDate(isoDate: string, now: number): boolean {
  const time = Date.parse(isoDate)
  return Number.isFinite(time) && time >= earliestZendeskRecord && time <= now + allowedClockSkewMs
}
