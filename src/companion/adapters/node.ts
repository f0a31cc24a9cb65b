/**
 * The companion on Node: `npm run companion` (tsx src/companion/adapters/node.ts). Listens on 127.0.0.1 — put a
 * TLS-terminating proxy in front for Zendesk to reach it — on PORT (default 8787), prints its URL.
 */
import { serve } from '@hono/node-server'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createCompanionApp, createUnconfiguredApp } from '../app'
import { companionDefaults, readCompanionConfig, type CompanionEnv } from '../config'
import { createMemoryTopicModelCache } from '../topicModelCache'

export function startNodeCompanion(env: CompanionEnv, onListening?: (url: string) => void) {
  const port = env.PORT === undefined || env.PORT === '' ? companionDefaults.port : Number(env.PORT)
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error('PORT must be 0–65535')
  const read = readCompanionConfig(env)
  if (!read.ok) for (const problem of read.problems) process.stderr.write(`rapport-companion: ${problem}\n`)
  const app = read.ok
    ? createCompanionApp({ config: read.config, fetch: globalThis.fetch, topicCache: createMemoryTopicModelCache() })
    : createUnconfiguredApp(read.problems)
  return serve({ fetch: app.fetch, hostname: '127.0.0.1', port }, (info: AddressInfo) => {
    const url = `http://127.0.0.1:${info.port}/`
    process.stdout.write(`Rapport companion: ${url}\n`)
    onListening?.(url)
  })
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const server = startNodeCompanion(process.env)
  const stop = () => server.close(() => process.exit(0))
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}
