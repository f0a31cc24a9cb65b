/**
 * What the sidebar asks of the agent's workspace besides data: the agent (id and role), the colour scheme,
 * opening another ticket's tab and tagging the open ticket. Names from the ZAF reference: the `colorScheme`
 * property and its `colorScheme.changed` event (Zendesk's dark-mode guide for apps; the iframe URL also carries
 * `colorScheme` before ZAF starts), `routeTo` ('ticket', id) and `ticket.tags.add` (ticket sidebar actions).
 */
import type { ZafClient } from './zafSdkWrapper'

export type ColorScheme = 'light' | 'dark'

export const colorSchemeChangedEvent = 'colorScheme.changed'

export function parseColorScheme(value: unknown): ColorScheme | null {
  return value === 'dark' || value === 'light' ? value : null
}

/** The scheme Zendesk put in the iframe URL, known before ZAF registers the app (no flash of light). */
export function colorSchemeFromUrl(search: string): ColorScheme | null {
  return parseColorScheme(new URLSearchParams(search).get('colorScheme'))
}

export function readColorScheme(client: ZafClient): Promise<ColorScheme | null> {
  return client.get('colorScheme').then(parseColorScheme, () => null)
}

/** Calls `onChange` whenever the agent switches scheme; returns the unsubscribe. */
export function watchColorScheme(client: ZafClient, onChange: (scheme: ColorScheme) => void): () => void {
  const handler = (payload: unknown) => {
    const scheme = parseColorScheme(payload)
    if (scheme) onChange(scheme)
  }
  client.on(colorSchemeChangedEvent, handler)
  return () => client.off(colorSchemeChangedEvent, handler)
}

export interface Agent {
  /** null when ZAF did not say (the sidebar then remembers nothing per agent). */
  id: number | null
  isAdmin: boolean
}

export async function readAgent(client: ZafClient): Promise<Agent> {
  try {
    const user = (await client.get('currentUser')) as { id?: unknown; role?: unknown } | null
    return { id: typeof user?.id === 'number' ? user.id : null, isAdmin: user?.role === 'admin' }
  } catch {
    return { id: null, isAdmin: false }
  }
}

/** Opens the ticket in the agent's workspace (its own tab), as a link in Zendesk would. */
export function openTicketTab(client: ZafClient, ticketId: number): Promise<boolean> {
  return client.invoke('routeTo', 'ticket', ticketId).then(
    () => true,
    () => false
  )
}

/** Adds tags to the open ticket (saved with the agent's next update, like a tag typed in the tags field). */
export function addTicketTags(client: ZafClient, tags: string[]): Promise<boolean> {
  if (tags.length === 0) return Promise.resolve(true)
  return client.invoke('ticket.tags.add', tags).then(
    () => true,
    () => false
  )
}
