/**
 * The companion on Cloudflare Workers (wrangler.toml at the repository root). Configuration arrives as the
 * Worker's `env` (vars and secrets), so the app is built on the first request of an isolate and kept. The topic
 * model lives in the Cache API.
 */
import type { Hono } from 'hono'
import { createCompanionApp, createUnconfiguredApp } from '../app'
import { readCompanionConfig, type CompanionEnv } from '../config'
import { createWorkersTopicModelCache } from '../workersTopicModelCache'

let app: Hono | null = null

export default {
  async fetch(request: Request, env: CompanionEnv): Promise<Response> {
    if (app === null) {
      const read = readCompanionConfig(env)
      app = read.ok
        ? createCompanionApp({
            config: read.config,
            fetch: (input, init) => fetch(input, init),
            topicCache: createWorkersTopicModelCache((caches as unknown as { default: Cache }).default)
          })
        : createUnconfiguredApp(read.problems)
    }
    return app.fetch(request)
  }
}
