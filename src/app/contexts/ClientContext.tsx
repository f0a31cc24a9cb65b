import { createContext, useContext, useEffect, useState, type ReactNode } from 'react'
import {
  readAgent,
  readColorScheme,
  type Agent,
  type ColorScheme,
  type RequesterHistoryLoaderOptions,
  type ZafClient
} from '../../zendesk'
import { openBrowserStorageWhenIdle } from '../hooks/openBrowserStorage'
import { startRequesterHistory } from '../hooks/requesterLoaders'

export interface Registration {
  client: ZafClient
  /** Raw app settings from the installation (manifest parameters), parsed by the sidebar. */
  rawSettings: Record<string, unknown>
  /** The agent's locale, for translations. */
  locale: string | null
  /** The agent: their id keys what the sidebar remembers for them; admins see settings details. */
  agent: Agent
  /** The agent's colour scheme as ZAF reports it at registration; null when ZAF does not say. */
  colorScheme: ColorScheme | null
  /** The ZAF location this instance was opened in, e.g. 'ticket_sidebar'. */
  location: string
  /** Test seams for the history loader (cache, clock); production uses the loader's defaults. */
  loaderOverrides: LoaderOverrides
}

export type LoaderOverrides = Partial<Omit<RequesterHistoryLoaderOptions, 'client' | 'settings'>>

const ClientContext = createContext<Registration | null>(null)

/**
 * Renders nothing until the Zendesk host has registered the app (metadata and the agent's locale are known),
 * so no component ever talks to a half-initialised client. The ticket sidebar's history starts loading as soon
 * as ZAF registers the app, while the agent's details, the sidebar's chunk and its translations are on their way.
 */
export function ClientProvider({
  client,
  loaderOverrides = {},
  children
}: {
  client: ZafClient
  loaderOverrides?: LoaderOverrides
  children: ReactNode
}) {
  const [registration, setRegistration] = useState<Registration | null>(null)
  useEffect(() => {
    let current = true
    // The storage the ready view reads, opened while nothing waits (see openBrowserStorage.ts).
    openBrowserStorageWhenIdle()
    const agentDetails = () =>
      Promise.all([
        client
          .get('currentUser.locale')
          .then((locale) => (typeof locale === 'string' ? locale : null))
          .catch(() => null),
        readAgent(client),
        readColorScheme(client)
      ])
    // Metadata and context come with ZAF's registration. The history needs nothing else, so it starts first: its
    // ZAF gets (ticket and requester) go out before the agent's, and its requests before the sidebar renders
    // anything (which the answers to the agent's gets start, and which would otherwise come first).
    Promise.all([client.metadata(), client.context().catch(() => null)])
      .then(([metadata, context]) => {
        const location = context?.location || 'ticket_sidebar'
        if (current && location === 'ticket_sidebar')
          startRequesterHistory(client, metadata.settings ?? {}, loaderOverrides)
        return agentDetails().then(([locale, agent, colorScheme]) => ({
          metadata,
          location,
          locale,
          agent,
          colorScheme
        }))
      })
      .then(
        ({ metadata, location, locale, agent, colorScheme }) => {
          if (!current) return
          setRegistration({
            client,
            rawSettings: metadata.settings ?? {},
            locale: locale ?? null,
            agent,
            colorScheme,
            location,
            loaderOverrides
          })
        },
        () => {
          if (current)
            setRegistration({
              client,
              rawSettings: {},
              locale: null,
              agent: { id: null, isAdmin: false },
              colorScheme: null,
              location: 'ticket_sidebar',
              loaderOverrides
            })
        }
      )
    return () => {
      current = false
    }
    // Overrides are fixed for the app's lifetime (test seams), so only a new client re-registers.
  }, [client])
  if (!registration) return null
  return <ClientContext.Provider value={registration}>{children}</ClientContext.Provider>
}

export function useRegistration(): Registration {
  const registration = useContext(ClientContext)
  if (!registration) throw new Error('useRegistration must be used inside <ClientProvider>')
  return registration
}
