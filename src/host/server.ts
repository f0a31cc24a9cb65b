import { serve } from '@hono/node-server'
import { existsSync } from 'node:fs'
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

/**
 * The Rapport demo host: `tsx src/host/server.ts [--data <folder>] [--port <n>] [--faults <spec>]`.
 * Serves on 127.0.0.1 only, prints its URL, then one line per fake-API request. Without --data it writes the
 * seeded stories into .demo-data/ and serves that folder through the same loader as any export.
 * --app-folder/--page-folder point at other builds than dist/ and dist-host/ (tests use them).
 */

const projectRoot = resolve(import.meta.dirname, '../..')
const usage = 'usage: tsx src/host/server.ts [--data <folder>] [--port <n>] [--faults <spec>]'

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
        onServed: (request) => process.stdout.write(`${request.method} ${request.pathAndQuery} ${request.status}\n`)
      })
    }
  } catch (error) {
    // Whatever went wrong, one line: a dataset problem names its file and line; anything else its message.
    const message = error instanceof Error ? error.message : String(error)
    fail(`Cannot load the dataset: ${error instanceof DatasetError ? message : `${dataFolder}: ${message}`}`)
  }

  const server = serve({ fetch: app.hono.fetch, hostname: '127.0.0.1', port: options.port }, (info: AddressInfo) => {
    process.stdout.write(`Rapport demo host: http://127.0.0.1:${info.port}/\n`)
  }) as Server
  server.on('error', (error: NodeJS.ErrnoException) => {
    fail(error.code === 'EADDRINUSE' ? `Port ${options.port} is in use: try --port 0` : error.message)
  })

  const stop = (): void => {
    app.faults.releaseHeldRequests()
    server.close(() => process.exit(0))
    server.closeAllConnections()
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main()
