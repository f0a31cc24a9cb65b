import { describe, expect, it } from 'vitest'
import { defaultInsightSettings } from '../../../src/insight/insightSettings'
import { organizationHealth } from '../../../src/insight/organization/organizationHealth'
import { windowOnlyCoverage, type HistoryTicket, type RequesterHistory } from '../../../src/insight/requesterHistory'

const now = new Date('2026-06-01T12:00:00Z')
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString()

function ticket(id: number, days: number, description: string, extra: Partial<HistoryTicket> = {}): HistoryTicket {
  return {
    id,
    subject: `Ticket ${id}`,
    description,
    status: 'solved',
    createdAt: daysAgo(days),
    updatedAt: daysAgo(days),
    tags: [],
    satisfaction: 'none',
    reopens: 0,
    replies: 1,
    channel: 'email',
    comments: null,
    ...extra
  }
}

function requester(id: number, tickets: HistoryTicket[]): RequesterHistory {
  return {
    requester: {
      id,
      name: `R${id}`,
      email: null,
      createdAt: daysAgo(700),
      tags: [],
      fields: {},
      organizationId: 1,
      locale: null
    },
    organization: { id: 1, name: 'Acme', createdAt: daysAgo(800), tags: [], fields: {} },
    tickets,
    currentTicketId: tickets[0]?.id ?? -1,
    partial: false,
    coverage: windowOnlyCoverage(24)
  }
}

describe('organizationHealth', () => {
  const happy = requester(1, [
    ticket(11, 5, 'Thanks so much, that worked perfectly!', { satisfaction: 'good' }),
    ticket(12, 40, 'Great help as always, thank you.', { satisfaction: 'good' })
  ])
  const unhappy = requester(2, [
    ticket(21, 2, 'Still broken after three weeks. This is unacceptable, I want to cancel.', {
      status: 'open',
      satisfaction: 'bad'
    }),
    ticket(22, 10, 'Nobody answers. Terrible service, I am furious.', { satisfaction: 'bad', reopens: 2 }),
    ticket(23, 20, 'Thanks, that fixed it.', { satisfaction: 'good' })
  ])
  const silent = requester(3, [])
  const health = organizationHealth([happy, unhappy, silent], defaultInsightSettings, now)

  it('sums the account up', () => {
    expect(health).toMatchObject({
      requesterCount: 3,
      ticketCount: 5,
      openTickets: 1,
      contactsLast30Days: 4,
      contactsLast90Days: 5,
      csatGood: 3,
      csatBad: 2
    })
    expect(health.overall).not.toBeNull()
  })

  it('lists the unhappy requester as at risk and not the happy one', () => {
    expect(health.atRisk.map((entry) => entry.requesterId)).toEqual([2])
  })

  it('reads the account tone from the requesters with a trend', () => {
    expect(health.tone.requestersWithTrend).toBe(2)
    expect(['improving', 'steady', 'declining']).toContain(health.tone.direction)
  })

  it('knows nothing of an organization without tickets', () => {
    const empty = organizationHealth([silent], defaultInsightSettings, now)
    expect(empty).toMatchObject({ ticketCount: 0, overall: null, atRisk: [], tone: { direction: 'unknown' } })
  })
})
