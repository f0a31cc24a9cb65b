import { lazy, Suspense, useMemo, type ComponentType, type LazyExoticComponent } from 'react'
import { ThemeProvider, DEFAULT_THEME } from '@zendeskgarden/react-theming'
import { createZafClient, type ZafClient } from '../zendesk'
import { ErrorState } from './components/SidebarStates'
import { SidebarErrorBoundary } from './components/SidebarErrorBoundary'
import { SidebarStyles } from './components/SidebarStyles'
import { ClientProvider, useRegistration, type LoaderOverrides } from './contexts/ClientContext'
import { I18nProvider } from './contexts/I18nContext'

const loadTicketSidebar = () =>
  import('./locations/TicketSidebar').then((module) => ({ default: module.TicketSidebar }))

/** One component per ZAF location; Rapport has one today, the map keeps adding a location a one-line change. */
const LOCATIONS: Record<string, LazyExoticComponent<ComponentType>> = {
  ticket_sidebar: lazy(loadTicketSidebar)
}

/**
 * Starts fetching the sidebar's chunk while ZAF registers the app, rather than after: every view needs it, and
 * a module is fetched once however often it is imported.
 */
export function preloadSidebar(): void {
  loadTicketSidebar().catch(() => undefined)
}

/** `client` and `loaderOverrides` are test seams; in Zendesk the app creates its own client. */
export function App({
  client: injected,
  loaderOverrides
}: {
  client?: ZafClient | null
  loaderOverrides?: LoaderOverrides
}) {
  const client = useMemo(() => (injected === undefined ? createZafClient() : injected), [injected])
  return (
    <ThemeProvider theme={DEFAULT_THEME}>
      <SidebarStyles />
      {client ? (
        <ClientProvider client={client} loaderOverrides={loaderOverrides}>
          <LocalizedLocation />
        </ClientProvider>
      ) : (
        <I18nProvider locale={navigator.language}>
          <ErrorState kind="outsideZendesk" />
        </I18nProvider>
      )}
    </ThemeProvider>
  )
}

function LocalizedLocation() {
  const { locale, location } = useRegistration()
  const Location = LOCATIONS[location] ?? LOCATIONS.ticket_sidebar
  return (
    <I18nProvider locale={locale}>
      <SidebarErrorBoundary>
        <Suspense fallback={null}>{Location && <Location />}</Suspense>
      </SidebarErrorBoundary>
    </I18nProvider>
  )
}
