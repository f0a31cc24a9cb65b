import type { TicketStatus } from '../dataset/datasetTypes'
import type { DemoStory } from '../hostPayloads'

/**
 * How a seed story is written: people, tickets and conversations with times relative to "now", so the stories
 * stay as recent as they were written whenever the dataset is generated. buildSeedDataset turns them into
 * Zendesk API objects.
 */

export interface AuthoredComment {
  from: 'requester' | 'agent'
  /** Hours after the ticket was opened. */
  hour: number
  /** The plain `body` as Zendesk stores it, quoted replies and signatures included for email replies. */
  text: string
  /** `html_body` as the requester's mail client sent it; generated from the text when absent. */
  html?: string
  /** False for an internal note. */
  public?: boolean
  /** The agent who wrote an agent comment, when not the story's agent. */
  agentId?: number
}

export type AuthoredRating = { score: 'good' | 'bad'; comment?: string } | { score: 'offered' | 'unoffered' }

export interface AuthoredTicket {
  id: number
  /** When the ticket was opened, in days before now. */
  daysAgo: number
  subject: string
  status: TicketStatus
  tags: string[]
  channel: 'email' | 'web' | 'chat'
  /** null: CSAT was not enabled then (the API gives `satisfaction_rating: null`). */
  rating: AuthoredRating | null
  reopens?: number
  /** The first comment is the description. */
  comments: AuthoredComment[]
}

export interface AuthoredPerson {
  id: number
  name: string
  email: string
  /** Days before now the user record was created (tenure). */
  createdDaysAgo: number
  locale: string
  tags: string[]
  userFields?: Record<string, string | number | boolean | null>
}

export interface AuthoredOrganization {
  id: number
  name: string
  createdDaysAgo: number
  tags: string[]
  fields: Record<string, string | number | boolean | null>
  domains: string[]
}

export interface AuthoredStory {
  id: string
  title: string
  expectedInsight: string
  expectedPatterns: DemoStory['expectedPatterns']
  expectedState: DemoStory['expectedState']
  /** What the header's ticket count must read; by default "<tickets authored> ticket(s)". */
  expectedTicketFacts?: string
  /** True when the story opens on a past ticket the sidebar must show as of its own moment. */
  expectedAsOf?: boolean
  /**
   * The requester as the users file holds them; null when the ticket has no requester, and `absent` when the
   * ticket names a user the account no longer has (permanently deleted).
   */
  requester: AuthoredPerson | { absent: { id: number } } | null
  organization: AuthoredOrganization | null
  agentId: number
  currentTicketId: number
  tickets: AuthoredTicket[]
}

export function presentRequester(story: AuthoredStory): AuthoredPerson | null {
  return story.requester !== null && 'name' in story.requester ? story.requester : null
}

export function requesterId(story: AuthoredStory): number | null {
  if (story.requester === null) return null
  return 'absent' in story.requester ? story.requester.absent.id : story.requester.id
}
