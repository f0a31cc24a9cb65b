/**
 * No customer text leaves the companion except in answers that need it: over the whole demo dataset, every log
 * line (the app's own and anything printed to the console) and every cache write is captured, and none holds a
 * run of four words from any subject, description or comment. The answers hold none either.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createCompanionApp } from '../../src/companion/app'
import { createMemoryTopicModelCache, type TopicModelCache } from '../../src/companion/topicModelCache'
import { fakeZendeskFetch, loadSeedDataset, post, testConfig } from './companionWorld'

const dataset = loadSeedDataset()
const captured: string[] = []
const answers: string[] = []

/** Every run of four words (of 16 characters or more) of every text a customer or agent wrote. */
function customerPhrases(): Set<string> {
  const texts: string[] = []
  for (const ticket of dataset.tickets.values()) {
    texts.push(ticket.subject, ticket.description)
    for (const comment of ticket.comments) texts.push(comment.body, comment.htmlBody ?? '')
  }
  const phrases = new Set<string>()
  for (const text of texts) {
    const words = text
      .toLowerCase()
      .split(/[^\p{L}\p{N}']+/u)
      .filter(Boolean)
    for (let index = 0; index + 4 <= words.length; index++) {
      const phrase = words.slice(index, index + 4).join(' ')
      if (phrase.length >= 16) phrases.add(phrase)
    }
  }
  return phrases
}

function phrasesIn(output: string[], phrases: Set<string>): string[] {
  const normalised = output.map((line) =>
    line
      .toLowerCase()
      .split(/[^\p{L}\p{N}']+/u)
      .filter(Boolean)
      .join(' ')
  )
  return [...phrases].filter((phrase) => normalised.some((line) => line.includes(phrase)))
}

beforeAll(async () => {
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      captured.push(args.map(String).join(' '))
    })
  }
  const memory = createMemoryTopicModelCache()
  const cache: TopicModelCache = {
    read: (account) => memory.read(account),
    write: async (account, entry, seconds) => {
      captured.push(`${account} ${JSON.stringify(entry)}`)
      await memory.write(account, entry, seconds)
    }
  }
  // The default log (console.log) is kept, so the console capture sees exactly what a deployment would print.
  const app = createCompanionApp({ config: testConfig(), fetch: fakeZendeskFetch(dataset).fetch, topicCache: cache })
  const requesters = [...dataset.users.values()].filter((user) => user.role === 'end-user')
  const answer = async (path: string, body: unknown) => answers.push(await (await post(app, path, body)).text())
  for (const user of requesters) await answer('/v1/requester-health', { requesterId: user.id })
  for (const organization of dataset.organizations.values()) {
    await answer('/v1/organization-health', { organizationId: organization.id })
  }
  const tags = new Set([...dataset.tickets.values()].flatMap((ticket) => (ticket.raw.tags as string[]) ?? []))
  for (const tag of tags) await answer('/v1/next-topics', { topic: tag })
  const someTexts = [...dataset.tickets.values()].slice(0, 50).map((ticket) => ticket.description)
  await answer('/v1/score', { texts: someTexts })
  await answer('/v1/score', '{"texts": ["broken json')
})
afterAll(() => vi.restoreAllMocks())

describe('privacy over the demo data', () => {
  it('ran over the whole dataset and captured what it wrote', () => {
    expect(answers.length).toBeGreaterThan(dataset.users.size / 2)
    expect(captured.filter((line) => line.includes('"route"')).length).toBe(answers.length)
    expect(captured.some((line) => line.includes('"counts"'))).toBe(true)
  })

  it('finds no customer text in any log line or cache write', () => {
    const phrases = customerPhrases()
    expect(phrases.size).toBeGreaterThan(500)
    expect(phrasesIn(captured, phrases)).toEqual([])
  })

  it('the check itself finds a phrase when one is there', () => {
    const phrases = customerPhrases()
    const ticket = [...dataset.tickets.values()].find((candidate) => candidate.description.split(' ').length > 6)!
    expect(phrasesIn([`leak: ${ticket.description}`], phrases).length).toBeGreaterThan(0)
  })

  it('answers with figures and ids, no subjects or comments', () => {
    const health = answers.filter((text) => !text.includes('"results"'))
    expect(phrasesIn(health, customerPhrases())).toEqual([])
  })
})
