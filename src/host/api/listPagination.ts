/**
 * Pagination as the Zendesk API reference describes it ("Pagination"): cursor pagination when `page[size]` is
 * given (at most 100; `meta.has_more`, opaque `after_cursor`/`before_cursor`, absolute `links.next`/`links.prev`),
 * offset pagination otherwise (`page`, `per_page`, `next_page`, `previous_page`, `count`). Cursors are keyset
 * cursors — the sort value and id of the boundary record — so a record added meanwhile never shifts a page.
 */

export interface ListOrder<T> {
  /** The `sort` parameter value, e.g. `-created_at`. */
  name: string
  descending: boolean
  value: (item: T) => number
}

export interface ApiFailure {
  status: number
  body: { error: string; description: string }
}

export type PageResult<T> =
  { ok: true; items: T[]; paging: Record<string, unknown> } | { ok: false; failure: ApiFailure }

interface Cursor {
  order: string
  value: number
  id: number
}

const maxPageSize = 100

export function paginate<T extends { id: number }>(items: T[], order: ListOrder<T>, url: URL): PageResult<T> {
  const compare = (a: { value: number; id: number }, b: { value: number; id: number }): number =>
    (a.value - b.value || a.id - b.id) * (order.descending ? -1 : 1)
  const keyed = items.map((item) => ({ item, value: order.value(item), id: item.id })).sort((a, b) => compare(a, b))
  return url.searchParams.has('page[size]') ? cursorPage(keyed, order, url, compare) : offsetPage(keyed, url)
}

function cursorPage<T>(
  keyed: Array<{ item: T; value: number; id: number }>,
  order: ListOrder<T>,
  url: URL,
  compare: (a: { value: number; id: number }, b: { value: number; id: number }) => number
): PageResult<T> {
  const params = url.searchParams
  const size = Number(params.get('page[size]'))
  if (!Number.isInteger(size) || size < 1 || size > maxPageSize) {
    return invalidPagination(`page[size] must be an integer from 1 to ${maxPageSize}`)
  }
  const after = params.get('page[after]')
  const before = params.get('page[before]')
  let page: typeof keyed
  let hasMore: boolean
  if (before !== null && before !== '') {
    const cursor = decodeCursor(before, order.name)
    if (!cursor) return invalidPagination('page[before] is not a cursor this list gave')
    const earlier = keyed.filter((entry) => compare(entry, cursor) < 0)
    page = earlier.slice(Math.max(0, earlier.length - size))
    hasMore = earlier.length > size
  } else {
    const cursor = after !== null && after !== '' ? decodeCursor(after, order.name) : null
    if (after !== null && after !== '' && !cursor)
      return invalidPagination('page[after] is not a cursor this list gave')
    const later = cursor ? keyed.filter((entry) => compare(entry, cursor) > 0) : keyed
    page = later.slice(0, size)
    hasMore = later.length > size
  }
  const first = page[0]
  const last = page[page.length - 1]
  const afterCursor = last ? encodeCursor({ order: order.name, value: last.value, id: last.id }) : null
  const beforeCursor = first ? encodeCursor({ order: order.name, value: first.value, id: first.id }) : null
  return {
    ok: true,
    items: page.map((entry) => entry.item),
    paging: {
      meta: { has_more: hasMore, after_cursor: afterCursor, before_cursor: beforeCursor },
      links: {
        prev: beforeCursor === null ? null : linkWith(url, 'page[before]', beforeCursor),
        next: afterCursor === null ? null : linkWith(url, 'page[after]', afterCursor)
      }
    }
  }
}

function offsetPage<T>(keyed: Array<{ item: T }>, url: URL): PageResult<T> {
  const page = Number(url.searchParams.get('page') ?? '1')
  const perPage = Number(url.searchParams.get('per_page') ?? String(maxPageSize))
  if (!Number.isInteger(page) || page < 1) return invalidPagination('page must be a positive integer')
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > maxPageSize) {
    return invalidPagination(`per_page must be an integer from 1 to ${maxPageSize}`)
  }
  const start = (page - 1) * perPage
  const offsetLink = (target: number): string => {
    const link = new URL(url)
    link.searchParams.set('page', String(target))
    return link.toString()
  }
  return {
    ok: true,
    items: keyed.slice(start, start + perPage).map((entry) => entry.item),
    paging: {
      next_page: start + perPage < keyed.length ? offsetLink(page + 1) : null,
      previous_page: page > 1 ? offsetLink(page - 1) : null,
      count: keyed.length
    }
  }
}

function linkWith(url: URL, name: 'page[after]' | 'page[before]', cursor: string): string {
  const link = new URL(url)
  link.searchParams.delete('page[after]')
  link.searchParams.delete('page[before]')
  link.searchParams.set(name, cursor)
  return link.toString()
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify({ o: cursor.order, v: cursor.value, i: cursor.id })).toString('base64url')
}

function decodeCursor(text: string, orderName: string): Cursor | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'))
    if (typeof parsed !== 'object' || parsed === null) return null
    const { o, v, i } = parsed as Record<string, unknown>
    if (o !== orderName || typeof v !== 'number' || typeof i !== 'number') return null
    return { order: o, value: v, id: i }
  } catch {
    return null
  }
}

function invalidPagination(description: string): PageResult<never> {
  return { ok: false, failure: { status: 400, body: { error: 'InvalidPaginationParameter', description } } }
}
