import { Hono } from 'hono'
import { commentJson, organizationJson, ticketJson, userJson } from './api/apiShapes'
import type { Dataset } from './dataset/datasetTypes'
import type { DemoStory, TicketSummary, WorkspaceJson, WorkspaceTicketJson, WorkspaceUserJson } from './hostPayloads'

const maxListedTickets = 500
export const demoSubdomain = 'rapport-demo'

/** The first agent or admin of the dataset: the agent the workspace page plays and `/users/me` answers with. */
export function findCurrentAgentId(dataset: Dataset): number | null {
  for (const user of dataset.users.values()) if (user.role !== 'end-user') return user.id
  return null
}

/** JSON for the workspace page itself, mounted at /host: the story and ticket lists, and one ticket's view. */
export function createWorkspaceRoutes(
  dataset: Dataset,
  stories: DemoStory[],
  installationSettings: Record<string, unknown> = {}
): Hono {
  const routes = new Hono()
  const agentId = findCurrentAgentId(dataset)

  routes.get('/workspace.json', (c) => {
    const apiBase = `${new URL(c.req.url).origin}/api/v2`
    const agent = agentId === null ? undefined : dataset.users.get(agentId)
    const body: WorkspaceJson = {
      stories,
      tickets: listTickets(dataset),
      agent: agent ? userJson(agent, apiBase) : null,
      requesters: [...dataset.users.values()]
        .filter((user) => user.role === 'end-user')
        .slice(0, maxListedTickets)
        .map((user) => ({ id: user.id, name: user.name })),
      subdomain: demoSubdomain,
      installationSettings
    }
    return c.json(body)
  })

  routes.get('/tickets/:id', (c) => {
    const apiBase = `${new URL(c.req.url).origin}/api/v2`
    const ticket = dataset.tickets.get(Number(c.req.param('id').replace(/\.json$/, '')))
    if (!ticket) return c.json({ error: 'RecordNotFound', description: 'Not found' }, 404)
    const requester = ticket.requesterId === null ? undefined : dataset.users.get(ticket.requesterId)
    const organization = ticket.organizationId === null ? undefined : dataset.organizations.get(ticket.organizationId)
    const userIds = new Set([...ticket.comments.map((comment) => comment.authorId), ticket.assigneeId])
    const body: WorkspaceTicketJson = {
      ticket: ticketJson(ticket, apiBase),
      requester: requester ? userJson(requester, apiBase) : null,
      organization: organization ? organizationJson(organization, apiBase) : null,
      comments: ticket.comments.map(commentJson),
      users: [...userIds].flatMap((id) => {
        const user = id === null ? undefined : dataset.users.get(id)
        return user ? [userJson(user, apiBase)] : []
      })
    }
    return c.json(body)
  })
  routes.get('/users/:id', (c) => {
    const apiBase = `${new URL(c.req.url).origin}/api/v2`
    const user = dataset.users.get(Number(c.req.param('id').replace(/\.json$/, '')))
    if (!user) return c.json({ error: 'RecordNotFound', description: 'Not found' }, 404)
    const organization = user.organizationId === null ? undefined : dataset.organizations.get(user.organizationId)
    const body: WorkspaceUserJson = {
      user: userJson(user, apiBase),
      organization: organization ? organizationJson(organization, apiBase) : null
    }
    return c.json(body)
  })
  return routes
}

function listTickets(dataset: Dataset): TicketSummary[] {
  return [...dataset.tickets.values()]
    .sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || b.id - a.id)
    .slice(0, maxListedTickets)
    .map((ticket) => ({
      id: ticket.id,
      subject: ticket.subject,
      status: ticket.status,
      requesterName: ticket.requesterId === null ? null : (dataset.users.get(ticket.requesterId)?.name ?? null),
      updatedAt: ticket.updatedAt
    }))
}
