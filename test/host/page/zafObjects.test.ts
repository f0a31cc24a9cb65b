import { describe, expect, it } from 'vitest'
import type { WorkspaceTicketJson } from '../../../src/host/hostPayloads'
import { zafCurrentUser, zafTicket } from '../../../src/host/page/zafObjects'
import { readZafPath, writeZafPath } from '../../../src/host/page/zafPaths'

const requester = {
  id: 7,
  name: 'Ann',
  email: 'ann@example.com',
  role: 'end-user',
  locale: 'es',
  user_fields: { plan: 'gold' }
}
const organization = {
  id: 70,
  name: 'Acme',
  tags: ['premium'],
  domain_names: ['acme.example'],
  organization_fields: { plan: 'enterprise' }
}
const view = (overrides: Partial<WorkspaceTicketJson> & { requesterId?: number | null } = {}): WorkspaceTicketJson => ({
  ticket: {
    id: 42,
    subject: 'Help',
    status: 'open',
    requester_id: overrides.requesterId === undefined ? 7 : overrides.requesterId,
    assignee_id: 9,
    created_at: '2024-01-01T00:00:00Z',
    updated_at: '2024-01-02T00:00:00Z',
    tags: ['billing'],
    via: { channel: 'email' },
    custom_fields: [{ id: 360_000_111, value: 'billing' }]
  },
  requester: overrides.requester === undefined ? requester : overrides.requester,
  organization: overrides.organization === undefined ? organization : overrides.organization,
  comments: [
    {
      id: 1,
      author_id: 7,
      body: 'Hi',
      html_body: '<p>Hi</p>',
      created_at: '2024-01-01T00:00:00Z',
      via: { channel: 'email' }
    }
  ],
  users: [{ id: 9, name: 'Dana', role: 'agent' }]
})
const state = (ticketView: WorkspaceTicketJson) => ({
  ticket: zafTicket(ticketView),
  currentUser: zafCurrentUser({ id: 9, name: 'Dana', role: 'agent', locale: 'en-US' }, null),
  comment: { text: '', type: 'publicReply' }
})

describe('ZAF objects and paths', () => {
  it('reads the ticket in camelCase with requester, organization, assignee and conversation', () => {
    const root = state(view())
    expect(readZafPath(root, 'ticket')).toMatchObject({
      ok: true,
      value: {
        id: 42,
        createdAt: '2024-01-01T00:00:00Z',
        updatedAt: '2024-01-02T00:00:00Z',
        requester: { id: 7, name: 'Ann', locale: 'es', organizations: [{ id: 70, domains: 'acme.example' }] },
        assignee: { user: { id: 9, name: 'Dana' } },
        organization: { name: 'Acme', tags: ['premium'] },
        via: { channel: 'email' },
        comments: [{ id: 1, value: '<p>Hi</p>', author: { id: 7 } }],
        conversation: [
          { author: { id: 7, name: 'Ann' }, message: { content: '<p>Hi</p>' }, channel: { name: 'email' } }
        ]
      }
    })
    expect(readZafPath(root, 'currentUser.role')).toEqual({ ok: true, value: 'agent' })
  })

  it('reads custom fields of users, organizations and tickets', () => {
    const root = state(view())
    expect(readZafPath(root, 'ticket.requester.customField:plan')).toEqual({ ok: true, value: 'gold' })
    expect(readZafPath(root, 'ticket.organization.customField:plan')).toEqual({ ok: true, value: 'enterprise' })
    expect(readZafPath(root, 'ticket.customField:custom_field_360000111')).toEqual({ ok: true, value: 'billing' })
    expect(readZafPath(root, 'ticket.customField:custom_field_1')).toMatchObject({ ok: false })
  })

  it('reads a ticket without requester as null all the way down', () => {
    const root = state(view({ requesterId: null, requester: null, organization: null }))
    expect(readZafPath(root, 'ticket.requester')).toEqual({ ok: true, value: null })
    expect(readZafPath(root, 'ticket.requester.id')).toEqual({ ok: true, value: null })
  })

  it('keeps the id of a requester the account no longer has', () => {
    const root = state(view({ requesterId: 8, requester: null, organization: null }))
    expect(readZafPath(root, 'ticket.requester.id')).toEqual({ ok: true, value: 8 })
    expect(readZafPath(root, 'ticket.requester.name')).toEqual({ ok: true, value: null })
  })

  it('fails a property the object does not have, and never reads the prototype', () => {
    const root = state(view())
    expect(readZafPath(root, 'ticket.subjekt')).toMatchObject({ ok: false })
    expect(readZafPath(root, 'ticket.constructor')).toMatchObject({ ok: false })
    expect(readZafPath(root, 'ticket.subject.length')).toMatchObject({ ok: false })
  })

  it('sets only the editable ticket fields and the composer', () => {
    const root = state(view())
    expect(writeZafPath(root, 'ticket.status', 'pending')).toEqual({ ok: true, value: 'pending' })
    expect(readZafPath(root, 'ticket.status')).toEqual({ ok: true, value: 'pending' })
    expect(writeZafPath(root, 'comment.text', 'Hello')).toEqual({ ok: true, value: 'Hello' })
    expect(writeZafPath(root, 'ticket.id', 1)).toMatchObject({ ok: false })
    expect(writeZafPath(root, 'ticket.requester.name', 'X')).toMatchObject({ ok: false })
  })
})
