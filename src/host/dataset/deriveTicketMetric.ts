import type { DatasetTicket } from './datasetTypes'

/**
 * When a dataset has no ticket_metrics.json (a plain ticket export), the host derives the ticket metric object
 * (Ticket Metrics API JSON format) from the conversation, so `include=metric_sets` still answers:
 * - `replies`: public comments by anyone but the requester (Zendesk counts public agent replies);
 * - `reopens`: times the requester wrote again after an agent reply and three quiet days — without audits the host
 *   cannot see a solved → open change, and a follow-up after days of silence is the usual cause of one;
 * - reply and resolution times in calendar minutes (business hours are not modelled, so `business` equals it).
 */
const quietDaysBeforeReopen = 3

export function deriveTicketMetric(ticket: DatasetTicket): Record<string, unknown> {
  const fromRequester = (authorId: number): boolean => authorId === ticket.requesterId
  const agentReplies = ticket.comments.filter((comment) => comment.public && !fromRequester(comment.authorId))
  const requesterComments = ticket.comments.filter((comment) => fromRequester(comment.authorId))
  let reopens = 0
  let lastAgentReplyAt: number | null = null
  for (const comment of ticket.comments) {
    const at = Date.parse(comment.createdAt)
    if (!fromRequester(comment.authorId) && comment.public) lastAgentReplyAt = at
    else if (fromRequester(comment.authorId) && lastAgentReplyAt !== null) {
      if (at - lastAgentReplyAt >= quietDaysBeforeReopen * 86_400_000) reopens += 1
      lastAgentReplyAt = null
    }
  }
  const solved = ticket.status === 'solved' || ticket.status === 'closed'
  const firstReply = agentReplies[0]
  const minutesSinceCreated = (iso: string): number =>
    Math.max(0, Math.round((Date.parse(iso) - Date.parse(ticket.createdAt)) / 60_000))
  const minutes = (value: number | null) => ({ calendar: value, business: value })
  const lastComment = ticket.comments[ticket.comments.length - 1]
  return {
    id: ticket.id,
    ticket_id: ticket.id,
    created_at: ticket.createdAt,
    updated_at: ticket.updatedAt,
    group_stations: 1,
    assignee_stations: ticket.assigneeId === null ? 0 : 1,
    reopens,
    replies: agentReplies.length,
    assignee_updated_at: null,
    requester_updated_at: requesterComments[requesterComments.length - 1]?.createdAt ?? ticket.createdAt,
    status_updated_at: ticket.updatedAt,
    initially_assigned_at: null,
    assigned_at: null,
    solved_at: solved ? ticket.updatedAt : null,
    latest_comment_added_at: lastComment?.createdAt ?? ticket.createdAt,
    reply_time_in_minutes: minutes(firstReply ? minutesSinceCreated(firstReply.createdAt) : null),
    first_resolution_time_in_minutes: minutes(solved ? minutesSinceCreated(ticket.updatedAt) : null),
    full_resolution_time_in_minutes: minutes(solved ? minutesSinceCreated(ticket.updatedAt) : null),
    agent_wait_time_in_minutes: minutes(null),
    requester_wait_time_in_minutes: minutes(null),
    on_hold_time_in_minutes: minutes(0)
  }
}
