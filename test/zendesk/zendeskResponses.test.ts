/** Parsing at the boundary: unknown fields ignored, missing optional ones defaulted, wrong types rejected. */
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { toComment, toHistoryTicket } from '../../src/zendesk/toDomain'
import {
  commentsPage,
  readEach,
  ticketsPage,
  userResponse,
  zendeskComment,
  zendeskTicket
} from '../../src/zendesk/zendeskResponses'
import { readFixture } from './fakes/requesterDataset'

const minimalTicket = {
  id: 1,
  status: 'open',
  created_at: '2025-01-01T00:00:00Z',
  updated_at: '2025-01-02T00:00:00Z'
}

describe('Zendesk response parsing', () => {
  it('parses every contract fixture', () => {
    expect(v.safeParse(ticketsPage, readFixture('requested-tickets-page-1.json')).success).toBe(true)
    expect(v.safeParse(ticketsPage, readFixture('requested-tickets-page-2.json')).success).toBe(true)
    expect(v.safeParse(commentsPage, readFixture('ticket-comments.json')).success).toBe(true)
    expect(v.safeParse(userResponse, readFixture('user-with-organizations.json')).success).toBe(true)
  })

  it('gives missing optional ticket fields their defaults', () => {
    const ticket = v.parse(zendeskTicket, minimalTicket)

    expect(toHistoryTicket(ticket, undefined)).toEqual({
      id: 1,
      subject: '',
      description: '',
      status: 'open',
      createdAt: '2025-01-01T00:00:00Z',
      updatedAt: '2025-01-02T00:00:00Z',
      tags: [],
      satisfaction: 'none',
      reopens: null,
      replies: null,
      channel: 'unknown',
      comments: null
    })
  })

  it('drops unknown fields instead of carrying them into the domain', () => {
    const ticket = v.parse(zendeskTicket, {
      ...minimalTicket,
      brand_new_field: { nested: true },
      custom_fields: [{ id: 1, value: 'x' }]
    })

    expect(Object.keys(ticket)).not.toContain('brand_new_field')
    expect(Object.keys(ticket)).not.toContain('custom_fields')
  })

  it.each([
    ['id as text', { ...minimalTicket, id: '1' }],
    ['id beyond 2^53', { ...minimalTicket, id: 2 ** 53 + 2 }],
    ['id zero', { ...minimalTicket, id: 0 }],
    ['id negative', { ...minimalTicket, id: -4 }],
    ['created_at not a date', { ...minimalTicket, created_at: 'yesterday' }],
    ['tags not a list', { ...minimalTicket, tags: 'vip' }],
    ['status missing', { ...minimalTicket, status: undefined }],
    // A list is not an object, even where every field of the object is optional.
    ['via a list', { ...minimalTicket, via: [] }],
    ['satisfaction_rating a list', { ...minimalTicket, satisfaction_rating: ['good'] }]
  ])('rejects a ticket with %s', (_, ticket) => {
    expect(v.safeParse(zendeskTicket, ticket).success).toBe(false)
  })

  it('keeps ids above 2^31 exact', () => {
    const ticket = v.parse(zendeskTicket, { ...minimalTicket, id: 9_007_199_254_740_991 })

    expect(ticket.id).toBe(Number.MAX_SAFE_INTEGER)
  })

  it.each([
    [null, 'none'],
    [undefined, 'none'],
    [{ score: 'unoffered' }, 'unoffered'],
    [{ score: 'offered' }, 'offered'],
    [{ score: 'good', comment: 'Thanks' }, 'good'],
    [{ score: 'bad_with_comment' }, 'bad'],
    [{ score: 'something_new' }, 'none']
  ])('maps satisfaction_rating %j to %s', (rating, score) => {
    const ticket = v.parse(zendeskTicket, { ...minimalTicket, satisfaction_rating: rating })

    expect(toHistoryTicket(ticket, undefined)?.satisfaction).toBe(score)
  })

  it('leaves out tickets in a status outside the agent-visible lifecycle (deleted)', () => {
    expect(toHistoryTicket(v.parse(zendeskTicket, { ...minimalTicket, status: 'deleted' }), undefined)).toBeNull()
  })

  it('takes plain_body when a comment has no body, and html_body as is', () => {
    const page = v.parse(commentsPage, {
      comments: [{ id: 5, author_id: 6, html_body: '<p>Hi</p>', plain_body: 'Hi', created_at: '2025-01-01T00:00:00Z' }]
    })

    expect(readEach(page.comments, zendeskComment).records.map(toComment)).toEqual([
      { id: 5, authorId: 6, body: 'Hi', htmlBody: '<p>Hi</p>', public: true, createdAt: '2025-01-01T00:00:00Z' }
    ])
  })

  it('reads a page record by record: one that does not parse is counted, the others kept', () => {
    const page = v.parse(ticketsPage, { tickets: [minimalTicket, { ...minimalTicket, id: '2' }, { id: 3 }] })

    const { records, unreadable } = readEach(page.tickets, zendeskTicket)
    expect(records.map((ticket) => ticket.id)).toEqual([1])
    expect(unreadable).toBe(2)
  })

  it('skips a side-loaded record it cannot read without failing the page', () => {
    const page = v.parse(ticketsPage, { tickets: [minimalTicket], users: [{ id: 'broken' }], metric_sets: null })

    expect(page.users).toEqual([{ id: 'broken' }])
    expect(page.metric_sets).toEqual([])
  })
})
