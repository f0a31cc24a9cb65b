/**
 * The Lambda entry invoked as AWS invokes it: with a recorded Function URL event and a recorded API Gateway HTTP
 * API (payload v2) event, the body plain in one and base64 in the other, the token filled in at run time.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { loadSeedDataset, fakeZendeskFetch, signToken, testEnv, zendeskOrigin } from './companionWorld'

type LambdaResult = { statusCode: number; headers: Record<string, string>; body: string; isBase64Encoded: boolean }
let handler: (event: unknown, context: unknown) => Promise<LambdaResult>

beforeAll(async () => {
  for (const [name, value] of Object.entries(testEnv)) vi.stubEnv(name, value)
  // The fake API answers the companion's Zendesk requests: Lambda's global fetch, replaced at the network edge.
  vi.stubGlobal('fetch', fakeZendeskFetch(loadSeedDataset()).fetch)
  ;({ handler } = (await import('../../src/companion/adapters/lambda')) as unknown as { handler: typeof handler })
})
afterAll(() => {
  vi.unstubAllEnvs()
  vi.unstubAllGlobals()
})

async function recordedEvent(name: string): Promise<unknown> {
  const text = readFileSync(resolve(import.meta.dirname, 'fixtures', name), 'utf8')
  return JSON.parse(text.replace('{{token}}', await signToken()))
}

const lambdaContext = { awsRequestId: '0d2b1a6e-7c3f-4b8e-9a51-2f6c8d4e1b90', functionName: 'rapport-companion' }

describe('the companion on AWS Lambda', () => {
  it('answers a Function URL event', async () => {
    const result = await handler(await recordedEvent('function-url-score.json'), lambdaContext)
    expect(result.statusCode).toBe(200)
    expect(result.headers['access-control-allow-origin']).toBe(zendeskOrigin)
    const { results } = JSON.parse(result.body) as { results: Array<{ label: string }> }
    expect(results.map((reading) => reading.label)).toEqual(['positive'])
  })

  it('answers an API Gateway v2 event with a base64 body, reading Zendesk', async () => {
    const result = await handler(await recordedEvent('api-gateway-v2-next-topics.json'), lambdaContext)
    expect(result.statusCode).toBe(200)
    const body = JSON.parse(result.body) as { topic: string; next: Array<{ topic: string }> }
    expect(body.topic).toBe('sizing')
    expect(body.next[0]?.topic).toBe('care_instructions')
  })

  it('refuses the same event without its token', async () => {
    const event = (await recordedEvent('function-url-score.json')) as { headers: Record<string, string> }
    delete event.headers.authorization
    const result = await handler(event, lambdaContext)
    expect(result.statusCode).toBe(401)
  })
})
