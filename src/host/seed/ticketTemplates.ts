import type { AuthoredRating, AuthoredTicket } from './storyTypes'

export interface ResolvedExchange {
  id: number
  daysAgo: number
  subject: string
  tags: string[]
  /** The requester's first message. */
  ask: string
  /** The agent's answer. */
  answer: string
  /** The requester's closing reply, if they wrote one. */
  thanks?: string
  rating: AuthoredRating | null
  channel?: AuthoredTicket['channel']
  status?: 'solved' | 'closed'
}

/** The common shape of an older, settled ticket: a question, an answer, maybe a thank-you. */
export function resolvedTicket(exchange: ResolvedExchange): AuthoredTicket {
  return {
    id: exchange.id,
    daysAgo: exchange.daysAgo,
    subject: exchange.subject,
    status: exchange.status ?? (exchange.daysAgo > 30 ? 'closed' : 'solved'),
    tags: exchange.tags,
    channel: exchange.channel ?? 'email',
    rating: exchange.rating,
    comments: [
      { from: 'requester', hour: 0, text: exchange.ask },
      { from: 'agent', hour: 3, text: exchange.answer },
      ...(exchange.thanks ? [{ from: 'requester' as const, hour: 20, text: exchange.thanks }] : [])
    ]
  }
}
