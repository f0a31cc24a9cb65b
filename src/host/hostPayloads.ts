/**
 * What the demo host's server tells its own page (not part of the fake Zendesk API, so never logged as API
 * traffic and never subject to faults). Objects named `*Json` are Zendesk API JSON, as the fake API serves them.
 */

/** A seeded requester story, with the facts it was authored with (tests assert these, not computed ones). */
export interface DemoStory {
  id: string
  title: string
  /** The ticket the story opens on. */
  currentTicketId: number
  /** Null for the story whose ticket has no requester. */
  requesterName: string | null
  /** Tickets authored for the requester, the current one included. */
  ticketCount: number
  /** Text the sidebar header's ticket count must contain ("250 tickets · 65 in the last 24 months read"). */
  expectedTicketFacts: string
  /** The sidebar must show the relationship as of the (past, closed) current ticket. */
  expectedAsOf: boolean
  /** The pattern / empathy prompt the insight engine should find, in words. */
  expectedInsight: string
  /** The insight engine's PatternIds this story is written to show (empty: none, or an error state). */
  expectedPatterns: string[]
  /** The sidebar state the story is written to show. */
  expectedState: 'insight' | 'firstTime' | 'noRequester' | 'notFound'
}

export interface TicketSummary {
  id: number
  subject: string
  status: string
  requesterName: string | null
  updatedAt: string
}

export interface WorkspaceJson {
  /** Stories from the dataset folder's rapport-stories.json; empty for an arbitrary export. */
  stories: DemoStory[]
  /** The most recently updated tickets, newest first (at most 500). */
  tickets: TicketSummary[]
  /** The agent the page plays (the first agent or admin of the dataset), as a Users API object. */
  agent: Record<string, unknown> | null
  /** End users the "requester changed" control can switch a ticket to (at most 500). */
  requesters: Array<{ id: number; name: string }>
  subdomain: string
  /** Settings the installation has beyond the manifest defaults (secure ones never: the server keeps those). */
  installationSettings?: Record<string, unknown>
}

/** A user with their organization, in Zendesk API JSON (for a requester change). */
export interface WorkspaceUserJson {
  user: Record<string, unknown>
  organization: Record<string, unknown> | null
}

/** One ticket as the agent workspace shows it, in Zendesk API JSON. */
export interface WorkspaceTicketJson {
  ticket: Record<string, unknown>
  requester: Record<string, unknown> | null
  organization: Record<string, unknown> | null
  comments: Array<Record<string, unknown>>
  /** Comment authors and the assignee, by id. */
  users: Array<Record<string, unknown>>
}
