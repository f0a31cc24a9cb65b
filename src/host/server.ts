import { serve } from '@hono/node-server'
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { loadDataset } from './dataset/loadDataset'
import { loadStories } from './dataset/loadStories'
import { DatasetError } from './dataset/readRecords'
import { FaultInjector } from './faults/faultInjector'
import { parseFaultSpec } from './faults/faultSpec'
import { createHostApp } from './hostApp'
import { writeSeedDataset } from './seed/writeSeedDataset'
import type { InstallationSettings } from './secureRequests'
import { demoSubdomain } from './workspaceRoutes'

/**
 * The Rapport demo host: `tsx src/host/server.ts [--data <folder>] [--port <n>] [--faults <spec>]`.
 * Serves on 127.0.0.1 only, prints its URL, then one line per fake-API request. Without --data it writes the
 * seeded stories into .demo-data/ and serves that folder through the same loader as any export.
 * --app-folder/--page-folder point at other builds than dist/ and dist-host/ (tests use them).
 * --companion also starts the Rapport companion on 127.0.0.1 (--companion-port, default any free port) against
 * this host's fake API, and installs the app with its URL and a fresh secret, as an admin would.
 */

const projectRoot = resolve(import.meta.dirname, '../..')
const usage =
  'usage: tsx src/host/server.ts [--data <folder>] [--port <n>] [--faults <spec>] [--companion [--companion-port <n>]]'

function fail(message: string): never {
  process.stderr.write(`${message}\n`)
  process.exit(1)
}

function readOptions() {
  try {
    const { values } = parseArgs({
      options: {
        data: { type: 'string' },
        port: { type: 'string', default: '4567' },
        faults: { type: 'string', default: '' },
        companion: { type: 'boolean', default: false },
        'companion-port': { type: 'string', default: '0' },
        'app-folder': { type: 'string', default: resolve(projectRoot, 'dist') },
        'page-folder': { type: 'string', default: resolve(projectRoot, 'dist-host') }
      },
      strict: true
    })
    const port = Number(values.port)
    if (!Number.isInteger(port) || port < 0 || port > 65_535)
      fail(`--port must be 0–65535 (0 = any free port)\n${usage}`)
    const faults = parseFaultSpec(values.faults)
    if (!faults.ok) fail(`--faults: ${faults.error}`)
    return { ...values, port }
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}\n${usage}`)
  }
}

function main(): void {
  const options = readOptions()
  const appFolder = resolve(options['app-folder'])
  const pageFolder = resolve(options['page-folder'])
  if (!existsSync(resolve(appFolder, 'assets/iframe.html'))) {
    fail(`The app is not built (${appFolder}/assets/iframe.html is missing): run npm run build first.`)
  }
  if (!existsSync(resolve(pageFolder, 'index.html'))) {
    fail(`The demo host page is not built (${pageFolder}/index.html is missing): run npm run build:host first.`)
  }
  let dataFolder = options.data === undefined ? undefined : resolve(options.data)
  if (dataFolder === undefined) {
    dataFolder = resolve(projectRoot, '.demo-data')
    writeSeedDataset(dataFolder, new Date())
  }
  const installation: InstallationSettings = { visible: {}, secure: {} }
  const manifest = JSON.parse(readFileSync(resolve(appFolder, 'manifest.json'), 'utf8')) as {
    domainWhitelist?: string[]
  }
  let app
  try {
    const dataset = loadDataset(dataFolder)
    const faults = new FaultInjector(options.faults)
    app = {
      faults,
      hono: createHostApp({
        dataset,
        stories: loadStories(dataFolder),
        appFolder,
        pageFolder,
        faults,
        installation,
        domainWhitelist: manifest.domainWhitelist ?? [],
        onServed: (request) => process.stdout.write(`${request.method} ${request.pathAndQuery} ${request.status}\n`)
      })
    }
  } catch (error) {
    // Whatever went wrong, one line: a dataset problem names its file and line; anything else its message.
    const message = error instanceof Error ? error.message : String(error)
    fail(`Cannot load the dataset: ${error instanceof DatasetError ? message : `${dataFolder}: ${message}`}`)
  }

  let companion: Server | null = null
  const server = serve({ fetch: app.hono.fetch, hostname: '127.0.0.1', port: options.port }, (info: AddressInfo) => {
    const hostUrl = `http://127.0.0.1:${info.port}/`
    if (!options.companion) return void process.stdout.write(`Rapport demo host: ${hostUrl}\n`)
    const secret = randomBytes(32).toString('base64url')
    // Loaded only when asked for, so the plain demo host starts as fast as before.
    void import('../companion/adapters/node').then(({ startNodeCompanion }) => {
      companion = startNodeCompanion(
        {
          RAPPORT_COMPANION_SECRET: secret,
          ZENDESK_SUBDOMAIN: demoSubdomain,
          ZENDESK_EMAIL: 'companion@rapport-demo.example',
          ZENDESK_API_TOKEN: 'demo-api-token',
          ZENDESK_API_URL: `http://127.0.0.1:${info.port}`,
          PORT: options['companion-port']
        },
        (companionUrl) => {
          installation.visible.companionUrl = companionUrl.replace(/\/$/, '')
          installation.secure.companionSecret = secret
          process.stdout.write(`Rapport demo host: ${hostUrl}\n`)
        }
      ) as Server
    })
  }) as Server
  server.on('error', (error: NodeJS.ErrnoException) => {
    fail(error.code === 'EADDRINUSE' ? `Port ${options.port} is in use: try --port 0` : error.message)
  })

  const stop = (): void => {
    app.faults.releaseHeldRequests()
    companion?.close()
    companion?.closeAllConnections()
    server.close(() => process.exit(0))
    server.closeAllConnections()
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main()
