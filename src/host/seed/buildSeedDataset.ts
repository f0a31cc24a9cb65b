import { seedAgents } from './agents'
import {
  presentRequester,
  requesterId,
  type AuthoredComment,
  type AuthoredPerson,
  type AuthoredStory,
  type AuthoredTicket
} from './storyTypes'

/** The seed dataset as Zendesk API objects, one array per file of the dataset folder. */
export interface SeedDataset {
  users: Array<Record<string, unknown>>
  organizations: Array<Record<string, unknown>>
  tickets: Array<Record<string, unknown>>
  satisfaction_ratings: Array<Record<string, unknown>>
  ticket_metrics: Array<Record<string, unknown>>
}

const hour = 3_600_000
const day = 24 * hour
const supportGroupId = 3_700_000_001
const categoryFieldId = 360_000_111

/**
 * Turns the authored stories into API objects dated relative to `now`: a ticket "3 days ago" is opened three days
 * and two hours before now, its comments follow at their authored hours, and nothing lands in the future.
 */
export function buildSeedDataset(stories: AuthoredStory[], now: Date): SeedDataset {
  const at = (time: number): string => new Date(Math.min(time, now.getTime() - 60_000)).toISOString()
  const opened = (ticket: AuthoredTicket): number => now.getTime() - ticket.daysAgo * day - 2 * hour
  const dataset: SeedDataset = {
    users: seedAgents.map((agent) => userObject(agent, agent.role, null, now)),
    organizations: [],
    tickets: [],
    satisfaction_ratings: [],
    ticket_metrics: []
  }
  for (const story of stories) {
    const requester = presentRequester(story)
    if (requester) dataset.users.push(userObject(requester, 'end-user', story.organization?.id ?? null, now))
    // Several requesters of one account share their organization: it is written once.
    if (story.organization && !dataset.organizations.some((known) => known.id === story.organization?.id)) {
      const { organization } = story
      dataset.organizations.push({
        id: organization.id,
        name: organization.name,
        created_at: new Date(now.getTime() - organization.createdDaysAgo * day).toISOString(),
        updated_at: new Date(now.getTime() - 7 * day).toISOString(),
        domain_names: organization.domains,
        details: '',
        notes: '',
        tags: organization.tags,
        organization_fields: organization.fields
      })
    }
    for (const ticket of story.tickets) {
      const start = opened(ticket)
      const comments = ticket.comments.map((comment, index) =>
        commentObject(comment, index, ticket, story, at(start + comment.hour * hour))
      )
      const lastCommentAt = Date.parse(String(comments[comments.length - 1]?.created_at ?? at(start)))
      const updatedAt = at(lastCommentAt + (ticket.status === 'solved' || ticket.status === 'closed' ? hour : 0))
      const rating = ratingObjects(ticket, story, updatedAt)
      if (rating.file) dataset.satisfaction_ratings.push(rating.file)
      dataset.tickets.push({
        id: ticket.id,
        external_id: null,
        via: { channel: ticket.channel, source: { from: {}, to: {}, rel: null } },
        created_at: at(start),
        updated_at: updatedAt,
        type: 'question',
        subject: ticket.subject,
        raw_subject: ticket.subject,
        description: comments[0]?.body ?? '',
        priority: ticket.tags.includes('escalated') || ticket.tags.includes('urgent') ? 'high' : 'normal',
        status: ticket.status,
        requester_id: requesterId(story),
        submitter_id: requesterId(story) ?? story.agentId,
        assignee_id: story.agentId,
        organization_id: story.organization?.id ?? null,
        group_id: supportGroupId,
        tags: ticket.tags,
        custom_fields: [{ id: categoryFieldId, value: ticket.tags[0] ?? null }],
        satisfaction_rating: rating.onTicket,
        comments
      })
      dataset.ticket_metrics.push(metricObject(ticket, story, comments, updatedAt))
    }
  }
  return dataset
}

function userObject(person: AuthoredPerson, role: string, organizationId: number | null, now: Date) {
  return {
    id: person.id,
    name: person.name,
    email: person.email,
    created_at: new Date(now.getTime() - person.createdDaysAgo * day).toISOString(),
    updated_at: new Date(now.getTime() - Math.min(person.createdDaysAgo, 3) * day).toISOString(),
    time_zone: 'UTC',
    locale: person.locale,
    organization_id: organizationId,
    role,
    verified: true,
    active: true,
    tags: person.tags,
    user_fields: person.userFields ?? {}
  }
}

function commentObject(
  comment: AuthoredComment,
  index: number,
  ticket: AuthoredTicket,
  story: AuthoredStory,
  createdAt: string
) {
  const authorId = comment.from === 'requester' ? requesterId(story) : (comment.agentId ?? story.agentId)
  return {
    // Comment ids pass 2^31 in real accounts; these do too.
    id: 10_000_000_000 + ticket.id * 100 + index,
    type: 'Comment',
    author_id: authorId ?? story.agentId,
    body: comment.text,
    ...(comment.html === undefined ? {} : { html_body: comment.html }),
    public: comment.public ?? true,
    created_at: createdAt,
    via: { channel: comment.from === 'requester' ? ticket.channel : 'web', source: { from: {}, to: {}, rel: null } },
    metadata: { system: {}, custom: {} }
  }
}

function ratingObjects(ticket: AuthoredTicket, story: AuthoredStory, updatedAt: string) {
  const { rating } = ticket
  if (rating === null) return { onTicket: null, file: null }
  if (rating.score === 'offered' || rating.score === 'unoffered')
    return { onTicket: { score: rating.score }, file: null }
  const id = 5_000_000_000 + ticket.id
  const comment = 'comment' in rating ? (rating.comment ?? null) : null
  return {
    onTicket: { id, score: rating.score, comment },
    file: {
      id,
      assignee_id: story.agentId,
      group_id: supportGroupId,
      requester_id: requesterId(story),
      ticket_id: ticket.id,
      score: rating.score,
      comment,
      reason: null,
      created_at: updatedAt,
      updated_at: updatedAt
    }
  }
}

function metricObject(
  ticket: AuthoredTicket,
  story: AuthoredStory,
  comments: Array<{ author_id: number; public: boolean; created_at: string }>,
  updatedAt: string
) {
  const replies = comments.filter((comment) => comment.public && comment.author_id !== requesterId(story))
  const solved = ticket.status === 'solved' || ticket.status === 'closed'
  const createdAt = comments[0]?.created_at ?? updatedAt
  const minutesTo = (iso: string | undefined) =>
    iso === undefined ? null : Math.round((Date.parse(iso) - Date.parse(createdAt)) / 60_000)
  const minutes = (value: number | null) => ({ calendar: value, business: value })
  return {
    id: 6_000_000_000 + ticket.id,
    ticket_id: ticket.id,
    created_at: createdAt,
    updated_at: updatedAt,
    group_stations: 1,
    assignee_stations: 1,
    reopens: ticket.reopens ?? 0,
    replies: replies.length,
    solved_at: solved ? updatedAt : null,
    latest_comment_added_at: comments[comments.length - 1]?.created_at ?? createdAt,
    reply_time_in_minutes: minutes(minutesTo(replies[0]?.created_at)),
    full_resolution_time_in_minutes: minutes(solved ? minutesTo(updatedAt) : null)
  }
}
