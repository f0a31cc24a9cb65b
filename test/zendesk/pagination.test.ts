/** Pagination is followed only while it is coherent; everything else ends the read as incomplete. */
import { describe, expect, it } from 'vitest'
import { nextPage, startTrail } from '../../src/zendesk/pagination'

const first = '/api/v2/users/7/tickets/requested.json?page[size]=100'
const absolute = (query: string) => `https://acme.zendesk.com/api/v2/users/7/tickets/requested.json?${query}`
const cursorPage = (hasMore: boolean, next: string | null) => ({ meta: { has_more: hasMore }, links: { next } })

describe('nextPage', () => {
  it('follows a cursor page that promises more, by path alone (the request goes to the agent’s own Zendesk)', () => {
    const trail = startTrail(first)

    expect(nextPage(cursorPage(true, absolute('page%5Bafter%5D=xyz%3D')), 100, trail)).toEqual({
      kind: 'next',
      url: '/api/v2/users/7/tickets/requested.json?page%5Bafter%5D=xyz%3D'
    })
  })

  it('ends at has_more false, whatever links.next says', () => {
    expect(nextPage(cursorPage(false, absolute('page[after]=1')), 40, startTrail(first))).toEqual({ kind: 'end' })
  })

  it.each([
    ['has_more without links.next', cursorPage(true, null)],
    ['has_more without links', { meta: { has_more: true } }],
    ['has_more that is not a boolean', { meta: { has_more: 'yes' }, links: { next: absolute('page[after]=1') } }],
    ['no meta and no offset fields', { links: { next: absolute('page[after]=1') } }],
    ['a next off /api/v2', cursorPage(true, 'https://evil.example/steal?page[after]=1')],
    ['a next on another endpoint', cursorPage(true, 'https://acme.zendesk.com/api/v2/users/8/tickets/requested.json')],
    ['a next pointing back at the first page', cursorPage(true, first)],
    ['a next that is not a URL', cursorPage(true, 'http://[')]
  ])('calls a page with %s incoherent', (_, page) => {
    expect(nextPage(page, 100, startTrail(first))).toEqual({ kind: 'incoherent' })
  })

  it('calls a repeated cursor incoherent', () => {
    const trail = startTrail(first)
    const page = cursorPage(true, absolute('page[after]=abc'))

    expect(nextPage(page, 100, trail).kind).toBe('next')
    expect(nextPage(page, 100, trail)).toEqual({ kind: 'incoherent' })
  })

  it('calls a page that promises more but holds fewer records than the first page incoherent', () => {
    const trail = startTrail(first)

    expect(nextPage(cursorPage(true, absolute('page[after]=a')), 100, trail).kind).toBe('next')
    expect(nextPage(cursorPage(true, absolute('page[after]=b')), 37, trail)).toEqual({ kind: 'incoherent' })
    expect(nextPage(cursorPage(true, absolute('page[after]=c')), 0, startTrail(first))).toEqual({
      kind: 'incoherent'
    })
  })

  it('follows offset pagination and ends it only when the records add up to count', () => {
    const trail = startTrail(first)
    const offsetNext = { next_page: absolute('page=2'), count: 150 }

    expect(nextPage(offsetNext, 100, trail).kind).toBe('next')
    expect(nextPage({ next_page: null, count: 150 }, 50, trail)).toEqual({ kind: 'end' })
    expect(nextPage({ next_page: null, count: 150 }, 20, startTrail(first))).toEqual({ kind: 'incoherent' })
  })
})
