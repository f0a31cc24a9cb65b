/**
 * Whether a list page may be followed, and where to. A page is trusted only when its pagination is coherent: a
 * cursor page (`meta.has_more`, `links.next`) whose `has_more` comes with a `next` on the same endpoint that was
 * not read before, on a page as full as the first; an offset page (`next_page`, `count`) whose records add up to its
 * `count`. Anything else (no `meta`, `has_more` with a null or foreign `next`, a cursor seen before, a short page
 * that promises more) ends the read as incomplete, so a cut-short list is never shown as the whole history.
 */

export type PageStep = { kind: 'next'; url: string } | { kind: 'end' } | { kind: 'incoherent' }

export interface PageTrail {
  /** The endpoint every page must stay on, e.g. `/api/v2/users/7/tickets/requested.json`. */
  endpointPath: string
  /**
   * Records on the first page that promised more: a later page that promises more must be as full. (The server
   * may cap `page[size]` below what was asked, so the first page, not the request, says what full is.)
   */
  fullPage: number | null
  /** Relative URLs already read (the first included). */
  seen: Set<string>
  /** Records read so far over all pages, this one included (parsed or not). */
  recordsRead: number
}

/** The relative URL of the first page of `url`'s endpoint, and the trail that follows it. */
export function startTrail(url: string): PageTrail {
  return {
    endpointPath: new URL(url, placeholderOrigin).pathname,
    fullPage: null,
    seen: new Set([url]),
    recordsRead: 0
  }
}

/** What to do after a page holding `records` records, its raw body being `page`. Records the step in `trail`. */
export function nextPage(page: unknown, records: number, trail: PageTrail): PageStep {
  trail.recordsRead += records
  const body = isObject(page) ? page : {}
  const meta = body.meta
  if (isObject(meta)) {
    if (meta.has_more === false) return { kind: 'end' }
    trail.fullPage ??= records
    if (meta.has_more !== true || records === 0 || records < trail.fullPage) return { kind: 'incoherent' }
    const links = body.links
    return follow(isObject(links) ? links.next : undefined, trail)
  }
  if ('next_page' in body) {
    if (body.next_page !== null) return follow(body.next_page, trail)
    const promised = body.count
    const short = typeof promised === 'number' && trail.recordsRead < promised
    return short ? { kind: 'incoherent' } : { kind: 'end' }
  }
  return { kind: 'incoherent' }
}

function follow(link: unknown, trail: PageTrail): PageStep {
  const url = typeof link === 'string' ? sameEndpointUrl(link, trail.endpointPath) : null
  if (url === null || trail.seen.has(url)) return { kind: 'incoherent' }
  trail.seen.add(url)
  return { kind: 'next', url }
}

/**
 * `links.next` is absolute; ZAF is given the path alone so the request always goes to the agent's own Zendesk
 * with the agent's session, whatever host the link names. A link to another endpoint is not this list's next page.
 */
function sameEndpointUrl(link: string, endpointPath: string): string | null {
  try {
    const parsed = new URL(link, placeholderOrigin)
    return parsed.pathname === endpointPath ? parsed.pathname + parsed.search : null
  } catch {
    return null
  }
}

const placeholderOrigin = 'https://zendesk.invalid'

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
