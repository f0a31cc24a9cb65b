/**
 * A dataset folder for the demo host with one long-standing requester: `ticketCount` tickets spread over the
 * last 23 months (all inside the default 24-month lookback, so the sidebar reads every page), a conversation of
 * three comments on each, and an agent who answers. The open ticket is the newest.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export const longHistoryRequesterId = 7_100_000_001
const agentId = 7_100_000_002
const organizationId = 7_100_000_100
const firstTicketId = 710_000

export function longHistoryTicketId(indexFromNewest: number): number {
  return firstTicketId + indexFromNewest
}

const customerLines = [
  'Hi, the export to CSV stopped working after the update. Could you have a look?',
  'Thanks, that fixed it. Really appreciate the quick help!',
  'This is the third time I am writing about the invoice total being wrong. Please sort it out.',
  'Could you tell me how to add a second admin to our account?'
]

export function writeLongHistoryDataset(folder: string, ticketCount: number, now = new Date()): void {
  mkdirSync(folder, { recursive: true })
  const day = 86_400_000
  const span = 23 * 30 * day
  const at = (offset: number) => new Date(now.getTime() - offset).toISOString()
  const tickets = Array.from({ length: ticketCount }, (_, index) => {
    const created = Math.round((span * index) / Math.max(1, ticketCount - 1)) + 3_600_000
    const id = longHistoryTicketId(index)
    const text = customerLines[index % customerLines.length]!
    return {
      id,
      subject: `Question ${ticketCount - index}`,
      description: text,
      status: index === 0 ? 'open' : 'solved',
      created_at: at(created),
      updated_at: at(created - 7_200_000),
      requester_id: longHistoryRequesterId,
      submitter_id: longHistoryRequesterId,
      assignee_id: agentId,
      organization_id: organizationId,
      tags: ['billing'],
      comments: [
        { id: id * 10 + 1, author_id: longHistoryRequesterId, body: text, public: true, created_at: at(created) },
        {
          id: id * 10 + 2,
          author_id: agentId,
          body: 'Thanks for reaching out, I am looking into it now.',
          public: true,
          created_at: at(created - 1_800_000)
        },
        {
          id: id * 10 + 3,
          author_id: longHistoryRequesterId,
          body: index % 3 === 0 ? 'Still not working, I am getting frustrated.' : 'Great, thank you.',
          public: true,
          created_at: at(created - 3_600_000)
        }
      ]
    }
  })
  const users = [
    {
      id: longHistoryRequesterId,
      name: 'Morgan Long-History',
      email: 'morgan@example.com',
      role: 'end-user',
      created_at: at(span + 30 * day),
      organization_id: organizationId,
      tags: ['premium']
    },
    { id: agentId, name: 'Alex Agent', email: 'alex@example.com', role: 'agent', created_at: at(span + 60 * day) }
  ]
  const organizations = [{ id: organizationId, name: 'Longview Ltd', created_at: at(span + 60 * day), tags: [] }]
  writeFileSync(join(folder, 'users.json'), JSON.stringify(users))
  writeFileSync(join(folder, 'organizations.json'), JSON.stringify(organizations))
  writeFileSync(join(folder, 'tickets.json'), JSON.stringify(tickets))
}
