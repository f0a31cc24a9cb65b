/**
 * The companion on AWS Lambda, behind a Function URL or an API Gateway HTTP API (payload v2): `hono/aws-lambda`
 * turns the event into a Request and the Response back. Environment variables configure it; the topic model is
 * kept in memory for the life of the execution environment.
 */
import { handle } from 'hono/aws-lambda'
import { createCompanionApp, createUnconfiguredApp } from '../app'
import { readCompanionConfig } from '../config'
import { createMemoryTopicModelCache } from '../topicModelCache'

function buildApp() {
  const read = readCompanionConfig(process.env)
  return read.ok
    ? createCompanionApp({ config: read.config, fetch: globalThis.fetch, topicCache: createMemoryTopicModelCache() })
    : createUnconfiguredApp(read.problems)
}

export const handler = handle(buildApp())
