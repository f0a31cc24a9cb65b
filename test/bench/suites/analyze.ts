/**
 * analyzeRelationship on a requester with 1,000 tickets × 5 comments (generated deterministically, every
 * ticket's comments loaded — more than the loader ever reads), against raw `sentiment` over the same comment
 * texts in the same run. Goals: under 20 ms, and no worse than 2× raw `sentiment` over the same text.
 * The engine reads tone only where it is used (the current ticket and the trend's most recent tickets), so it
 * is also shown against raw `sentiment` over just those texts, and on the history the loader typically reads.
 */
import Sentiment from 'sentiment'
import { analyzeRelationship } from '../../../src/insight/analyzeRelationship'
import { defaultInsightSettings, insightModel } from '../../../src/insight/insightSettings'
import { type HistoryTicket, type RequesterHistory, type TicketComment } from '../../../src/insight/requesterHistory'
import { benchDayMs, benchHistory, benchNow, benchRequesterId, median } from '../benchHistory'
import type { BenchSuite } from '../run'

const now = benchNow
const dayMs = benchDayMs
const requesterId = benchRequesterId
const rounds = 15
const warmUps = 3

const requesterLines = [
  'Hi, the export to CSV keeps failing with a timeout error since this morning.',
  'Thanks, that worked perfectly! Really appreciate the quick help.',
  'This is the third time I write about this. Still broken and nobody answers!!!',
  'Could you tell me where to change the billing address on our invoices?',
  'I have been waiting for 3 weeks now. This is unacceptable, please escalate.',
  'Great, all good now. Have a nice weekend!',
  'The dashboard is very slow when I filter by date, can you check?',
  'We were charged twice this month, please refund the duplicate payment.'
]
const agentLines = [
  'Hi there, thank you for reaching out to us. We have received your request and our team is looking into it. You can expect an update within two business days.',
  'I checked your account and the export now runs in the background; you will get an e-mail with the file when it is ready.',
  'Sorry for the trouble! I have escalated this to our engineers and will follow up as soon as I hear back from them.',
  'The duplicate charge has been refunded; it can take 5 to 10 days to show on your statement.'
]
const subjects = [
  'Export failing',
  'Billing address',
  'Dashboard slow',
  'Charged twice',
  'Login with SSO',
  'API limits'
]
const tags = ['export', 'billing', 'performance', 'billing', 'sso', 'api']

/** A small deterministic generator (mulberry32), so every run benchmarks the same history. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

function generateHistory(ticketCount: number, ticketsWithComments: number, seed: number): RequesterHistory {
  const next = random(seed)
  const pick = <T>(values: T[]) => values[Math.floor(next() * values.length)]!
  const tickets: HistoryTicket[] = []
  for (let index = 0; index < ticketCount; index++) {
    const createdMs = now.getTime() - Math.floor((index * 1_100 * dayMs) / ticketCount) - Math.floor(next() * dayMs)
    const topic = Math.floor(next() * subjects.length)
    const comments: TicketComment[] = []
    for (let position = 0; position < 5; position++) {
      const byRequester = position % 2 === 0
      comments.push({
        id: index * 10 + position,
        authorId: byRequester ? requesterId : 900 + (index % 3),
        body: byRequester ? `${pick(requesterLines)} (order ${Math.floor(next() * 100_000)})` : pick(agentLines),
        htmlBody: null,
        public: true,
        createdAt: new Date(createdMs + position * 3_600_000).toISOString()
      })
    }
    tickets.push({
      id: 100_000 + ticketCount - index,
      subject: subjects[topic]!,
      description: comments[0]!.body,
      status: index === 0 ? 'open' : 'solved',
      createdAt: new Date(createdMs).toISOString(),
      updatedAt: new Date(createdMs + dayMs).toISOString(),
      tags: [tags[topic]!, 'web'],
      satisfaction: pick(['good', 'good', 'bad', 'offered', 'unoffered'] as const),
      reopens: next() < 0.1 ? 1 : 0,
      replies: 2,
      channel: 'email',
      comments: index < ticketsWithComments ? comments : null
    })
  }
  return benchHistory(tickets, 'Bench Requester')
}

/** Times each task once per round, interleaved, so load from other processes hits them alike. */
function interleaved(tasks: Array<() => number>): number[][] {
  let sink = 0
  for (let warmUp = 0; warmUp < warmUps; warmUp++) for (const task of tasks) sink += task()
  const times = tasks.map(() => [] as number[])
  for (let round = 0; round < rounds; round++) {
    tasks.forEach((task, index) => {
      const start = performance.now()
      sink += task()
      times[index]!.push(performance.now() - start)
    })
  }
  if (Number.isNaN(sink)) throw new Error('a task returned NaN')
  return times
}

const raw = new Sentiment()
const rawOver = (texts: string[]) => () => {
  let sum = 0
  for (const text of texts) sum += raw.analyze(text).score
  return sum
}
/**
 * A fresh copy of the history for every call (copied before the clock starts): the sidebar analyzes each
 * loaded history once, so nothing the engine remembers per ticket object may carry over between rounds.
 */
function analyzeFresh(history: RequesterHistory): () => number {
  const copies = Array.from({ length: rounds + warmUps }, () => structuredClone(history))
  return () => analyzeRelationship(copies.pop()!, defaultInsightSettings, now).scorecard.overall
}

function run(): string[] {
  const full = generateHistory(1_000, 1_000, 1)
  const allTexts = full.tickets.flatMap((ticket) => (ticket.comments ?? []).map((comment) => comment.body))
  // What the engine reads for tone: the requester's messages in the most recent tickets of the trend window.
  const readTexts = full.tickets
    .slice(0, insightModel.trendTickets)
    .flatMap((ticket) =>
      (ticket.comments ?? []).filter((comment) => comment.authorId === requesterId).map((comment) => comment.body)
    )
  const typical = generateHistory(300, 6, 2)

  const [analyzeTimes = [], rawAllTimes = [], rawReadTimes = [], typicalTimes = []] = interleaved([
    analyzeFresh(full),
    rawOver(allTexts),
    rawOver(readTexts),
    analyzeFresh(typical)
  ])
  const ratio = (times: number[], baseline: number[]) => median(times.map((time, round) => time / baseline[round]!))
  const ms = (times: number[]) => `${median(times).toFixed(2)} ms`
  const analyzeMs = median(analyzeTimes)
  return [
    `1,000 tickets × 5 comments (${allTexts.length} comment texts), ${rounds} interleaved rounds after a warm-up, medians`,
    `analyzeRelationship:                     ${ms(analyzeTimes)}  (goal < 20 ms: ${analyzeMs < 20 ? 'met' : 'MISSED'})`,
    `raw sentiment over all ${allTexts.length} texts:        ${ms(rawAllTimes)}  → analyze ratio ${ratio(analyzeTimes, rawAllTimes).toFixed(2)}× (goal ≤ 2×)`,
    `raw sentiment over the ${readTexts.length} texts read:    ${ms(rawReadTimes)}  → analyze ratio ${ratio(analyzeTimes, rawReadTimes).toFixed(2)}×`,
    `typical load (300 tickets, 6 with comments): ${ms(typicalTimes)}`
  ]
}

const suite: BenchSuite = { name: 'analyze', run }
export default suite
