import { lazy, Suspense, useMemo, type ComponentType, type LazyExoticComponent } from 'react'
import { colorSchemeFromUrl, createZafClient, type ColorScheme, type ZafClient } from '../zendesk'
import { ErrorState } from './components/SidebarStates'
import { SidebarErrorBoundary } from './components/SidebarErrorBoundary'
import { ClientProvider, useRegistration, type LoaderOverrides } from './contexts/ClientContext'
import { I18nProvider } from './contexts/I18nContext'
import { useColorScheme } from './hooks/useColorScheme'
import { SidebarTheme } from './theme/SidebarTheme'

const loadTicketSidebar = () =>
  import('./locations/TicketSidebar').then((module) => ({ default: module.TicketSidebar }))

/**
 * One component per ZAF location; Rapport has one today, the map keeps adding a location a one-line change. The
 * sidebar's chunk is fetched and compiled beside the entry (a modulepreload link, see vite.config.ts) but run
 * only when the location first renders: running it earlier held up ZAF's registration message, and with it the
 * history's first requests, by the ~20 ms it takes.
 */
const LOCATIONS: Record<string, LazyExoticComponent<ComponentType>> = {
  ticket_sidebar: lazy(loadTicketSidebar)
}

/** Zendesk puts the scheme in the iframe URL, so the first paint is already in the agent's colours. */
const schemeFromUrl = (): ColorScheme => colorSchemeFromUrl(window.location.search) ?? 'light'

/** `client` and `loaderOverrides` are test seams; in Zendesk the app creates its own client. */
export function App({
  client: injected,
  loaderOverrides
}: {
  client?: ZafClient | null
  loaderOverrides?: LoaderOverrides
}) {
  const client = useMemo(() => (injected === undefined ? createZafClient() : injected), [injected])
  const initialScheme = useMemo(schemeFromUrl, [])
  if (!client) {
    return (
      <SidebarTheme scheme={initialScheme}>
        <I18nProvider locale={navigator.language}>
          <ErrorState kind="outsideZendesk" />
        </I18nProvider>
      </SidebarTheme>
    )
  }
  return (
    <ClientProvider client={client} loaderOverrides={loaderOverrides}>
      <RegisteredLocation initialScheme={initialScheme} />
    </ClientProvider>
  )
}

function RegisteredLocation({ initialScheme }: { initialScheme: ColorScheme }) {
  const { client, locale, location, colorScheme } = useRegistration()
  const scheme = useColorScheme(client, colorScheme ?? initialScheme)
  const Location = LOCATIONS[location] ?? LOCATIONS.ticket_sidebar
  return (
    <SidebarTheme scheme={scheme}>
      <I18nProvider locale={locale}>
        <SidebarErrorBoundary>
          <Suspense fallback={null}>{Location && <Location />}</Suspense>
        </SidebarErrorBoundary>
      </I18nProvider>
    </SidebarTheme>
  )
}
