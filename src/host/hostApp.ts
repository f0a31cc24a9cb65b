import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import { createFakeZendeskApi, type ServedRequest } from './api/fakeZendeskApi'
import type { Dataset } from './dataset/datasetTypes'
import type { FaultInjector } from './faults/faultInjector'
import type { DemoStory } from './hostPayloads'
import { createSecureRequestRoutes, type InstallationSettings } from './secureRequests'
import { createWorkspaceRoutes, findCurrentAgentId } from './workspaceRoutes'

export interface HostAppOptions {
  dataset: Dataset
  stories: DemoStory[]
  /** The built app folder (dist/), served at /app exactly as `zcli apps:server` would serve it. */
  appFolder: string
  /** The built workspace page (dist-host/), served at /. */
  pageFolder: string
  faults: FaultInjector
  onServed?: (request: ServedRequest) => void
  /** The app's installation settings (`npm start -- --companion` sets the companion's); defaults only without. */
  installation?: InstallationSettings
  domainWhitelist?: string[]
}

/**
 * The whole demo host as one Hono app: the agent workspace page at /, the app folder at /app, the fake Zendesk API
 * at /api/v2 and the page's own JSON at /host.
 */
export function createHostApp(options: HostAppOptions): Hono {
  const app = new Hono()
  const api = createFakeZendeskApi({
    dataset: options.dataset,
    faults: options.faults,
    currentUserId: findCurrentAgentId(options.dataset),
    onServed: options.onServed
  })
  app.route('/api/v2', api)
  const installation = options.installation ?? { visible: {}, secure: {} }
  app.route('/host', createWorkspaceRoutes(options.dataset, options.stories, installation.visible))
  app.route('/host', createSecureRequestRoutes({ installation, domainWhitelist: options.domainWhitelist ?? [] }))
  app.use('/app/*', serveStatic({ root: options.appFolder, rewriteRequestPath: (path) => path.replace(/^\/app/, '') }))
  app.use('/*', serveStatic({ root: options.pageFolder }))
  app.get('/favicon.ico', (c) => c.body(null, 204))
  app.notFound((c) => c.text('Not found', 404))
  return app
}
