/**
 * A dataset folder (the format `npm start -- --data <folder>` serves) whose every customer-controlled field
 * carries an XSS payload: one requester per payload, and the payloads rotated through the fields so every
 * payload lands in every field somewhere. Each requester has two earlier tickets on the same (hostile) subject
 * and tag, so the payloads also reach the sidebar's derived text: the repeat topic, the previous-ticket hint,
 * the words behind the tone, the organization hint and the greeting.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { xssCorpus } from './xssCorpus'

const day = 86_400_000
const agentId = 9_000_000_001
export const xssRequesterId = (index: number) => 9_100_000_000 + index
const organizationId = (index: number) => 9_200_000_000 + index
/** The ticket an agent opens for requester `index` (its two earlier tickets follow it). */
export const xssCurrentTicketId = (index: number) => 9_300_000_000 + index * 10

const fields = [
  'name',
  'email',
  'userTag',
  'userField',
  'organizationName',
  'organizationTag',
  'organizationField',
  'currentSubject',
  'earlierSubject',
  'ticketTag',
  'description',
  'plainComment',
  'htmlComment',
  'agentReply'
] as const
type HostileField = (typeof fields)[number]

export const xssFieldNames: readonly string[] = fields

/** The payload requester `index` carries in `field`. */
export function hostileFor(index: number, field: HostileField): string {
  return xssCorpus[(index + fields.indexOf(field)) % xssCorpus.length]!.text
}

/** Writes the folder and returns how many requesters (one per payload) it holds. */
export function writeXssDataset(folder: string, now = new Date()): number {
  mkdirSync(folder, { recursive: true })
  const at = (daysAgo: number, hours = 0) => new Date(now.getTime() - daysAgo * day + hours * 3_600_000).toISOString()
  const users: object[] = [
    { id: agentId, name: 'Sam Agent', email: 'sam@support.example', role: 'agent', created_at: at(900) }
  ]
  const organizations: object[] = []
  const tickets: object[] = []

  xssCorpus.forEach((_, index) => {
    const hostile = (field: HostileField) => hostileFor(index, field)
    const requesterId = xssRequesterId(index)
    users.push({
      id: requesterId,
      name: hostile('name'),
      email: hostile('email'),
      role: 'end-user',
      created_at: at(800),
      organization_id: organizationId(index),
      tags: [hostile('userTag'), 'vip'],
      user_fields: { plan: hostile('userField'), [hostile('userField')]: 'x' }
    })
    organizations.push({
      id: organizationId(index),
      name: hostile('organizationName'),
      created_at: at(1_500),
      tags: [hostile('organizationTag'), 'premium'],
      organization_fields: { plan: hostile('organizationField'), [hostile('organizationField')]: 'enterprise' }
    })
    const ticket = (offset: number, daysAgo: number, subject: string, status: string) => {
      const id = xssCurrentTicketId(index) + offset
      return {
        id,
        subject,
        description: hostile('description'),
        status,
        created_at: at(daysAgo),
        updated_at: at(daysAgo, 2),
        requester_id: requesterId,
        submitter_id: requesterId,
        assignee_id: agentId,
        organization_id: organizationId(index),
        tags: [hostile('ticketTag'), 'billing'],
        via: { channel: 'email' },
        satisfaction_rating: offset === 0 ? null : { score: 'bad' },
        comments: [
          comment(id * 10 + 1, requesterId, at(daysAgo), {
            body: `${hostile('plainComment')} This is still broken and I am losing patience.`
          }),
          comment(id * 10 + 2, agentId, at(daysAgo, 1), { body: hostile('agentReply') }),
          comment(id * 10 + 3, requesterId, at(daysAgo, 2), {
            body: 'See below',
            html_body: `<div class="zd-comment"><p>${hostile('htmlComment')}</p><p>Nothing works, again!</p></div>`
          })
        ]
      }
    }
    tickets.push(
      ticket(0, 0, hostile('currentSubject'), 'open'),
      ticket(1, 4, hostile('earlierSubject'), 'solved'),
      ticket(2, 9, hostile('earlierSubject'), 'solved')
    )
  })

  const files: Array<[string, object[]]> = [
    ['users.json', users],
    ['organizations.json', organizations],
    ['tickets.json', tickets]
  ]
  for (const [name, records] of files) writeFileSync(join(folder, name), JSON.stringify(records, null, 2))
  return xssCorpus.length
}

function comment(id: number, authorId: number, createdAt: string, text: { body: string; html_body?: string }) {
  return { id, author_id: authorId, public: true, created_at: createdAt, ...text }
}
