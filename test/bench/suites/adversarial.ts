/**
 * analyzeRelationship on 1,000-ticket histories whose every text is hostile — subjects, descriptions and all
 * comments, the requester's and the agents', each 50,000 characters of one pattern built to make a text step
 * slow (long tokens, runs without "@", unclosed tags, endless quotes, all-caps, emoji) — beside the same
 * history with ordinary texts, timed in the same interleaved rounds. Goal: ≤ 50 ms whatever the texts. Times are
 * this process's CPU time (user + system), which other sessions' load on the machine does not inflate.
 * Every ticket's five comments are loaded (the loader reads six tickets' comments), plus a current ticket
 * with 300 requester messages that clean to nothing.
 */
import { analyzeRelationship } from '../../../src/insight/analyzeRelationship'
import { defaultInsightSettings } from '../../../src/insight/insightSettings'
import { type HistoryTicket, type RequesterHistory, type TicketComment } from '../../../src/insight/requesterHistory'
import { benchDayMs, benchHistory, benchNow, benchRequesterId, median } from '../benchHistory'
import type { BenchSuite } from '../run'

const now = benchNow
const dayMs = benchDayMs
const requesterId = benchRequesterId
const textLength = 50_000
const rounds = 9
const goalMs = 50

const repeat = (unit: string) => unit.repeat(Math.ceil(textLength / unit.length)).slice(0, textLength)

/** Each pattern names the step it was built against. */
export const adversarialTexts: Record<string, string> = {
  'one long token (regex scans to its end)': repeat('a'),
  'address characters without "@" (e-mail search)': repeat('a.') + '@',
  'a long token around one "@"': repeat('a').slice(0, textLength / 2) + '@' + repeat('b').slice(0, textLength / 2),
  'unclosed tags "<a <a <a"': repeat('<a '),
  'unclosed attribute quotes': repeat('<a title="' + 'class=gmail '.repeat(20)),
  'comment opener "<!--" never closed': '<!--' + repeat('-'),
  'www. www. www. (links)': repeat('www.'),
  'quoted lines "> x"': repeat('> x\n'),
  'From: header lines': repeat('From: a\n'),
  'a sign-off, a name and dots': 'Thanks, Ana' + repeat('.') + '?',
  'all caps words': repeat('HELLO '),
  emoji: repeat('😡'),
  'exclamation marks': 'bad' + repeat('!'),
  'negations and contrasts': repeat('not good but still '),
  'churn words': repeat('cancel refund '),
  'entities "&#"': repeat('&#'),
  'blank lines': repeat('\n \n'),
  'separator line': repeat('_')
}

const ordinaryLines = [
  'Hi, the export to CSV keeps failing with a timeout error since this morning.',
  'Thanks, that worked perfectly! Really appreciate the quick help.',
  'This is the third time I write about this. Still broken and nobody answers!!!',
  'I have been waiting for 3 weeks now. This is unacceptable, please escalate.'
]

export function historyFor(
  textFor: (index: number) => string,
  subjectFor: (index: number) => string
): RequesterHistory {
  const tickets: HistoryTicket[] = []
  for (let index = 0; index < 1_000; index++) {
    const createdMs = now.getTime() - index * dayMs
    const comments: TicketComment[] = []
    const commentCount = index === 0 ? 300 : 5
    for (let position = 0; position < commentCount; position++) {
      comments.push({
        id: index * 1_000 + position,
        authorId: position % 2 === 0 || index === 0 ? requesterId : 900,
        body: textFor(index + position),
        htmlBody: position % 3 === 0 ? textFor(index + position) : null,
        public: true,
        createdAt: new Date(createdMs + position * 60_000).toISOString()
      })
    }
    tickets.push({
      id: 100_000 - index,
      subject: subjectFor(index),
      description: textFor(index),
      status: index === 0 ? 'open' : 'solved',
      createdAt: new Date(createdMs).toISOString(),
      updatedAt: new Date(createdMs + dayMs).toISOString(),
      tags: ['web'],
      satisfaction: index % 5 === 0 ? 'bad' : 'good',
      reopens: 0,
      replies: 2,
      channel: 'email',
      comments
    })
  }
  return benchHistory(tickets, textFor(0).slice(0, 5_000))
}

function run(): string[] {
  // Built afresh for every timing (the engine remembers readings per ticket object); the texts themselves are
  // shared strings, so building costs no copying.
  const ordinary = () =>
    historyFor(
      (index) => ordinaryLines[index % ordinaryLines.length]!,
      (index) => `Export failing ${index % 7}`
    )
  const hostile = Object.entries(adversarialTexts).map(([name, text]) => ({
    name,
    history: () =>
      historyFor(
        () => text,
        () => text
      )
  }))
  const cases = [{ name: 'ordinary texts (baseline)', history: ordinary }, ...hostile]
  const times = cases.map(() => [] as number[])
  let sink = 0
  for (let round = 0; round < rounds + 1; round++) {
    cases.forEach((entry, index) => {
      const copy = entry.history()
      const start = process.cpuUsage()
      sink += analyzeRelationship(copy, defaultInsightSettings, now).scorecard.overall
      const used = process.cpuUsage(start)
      if (round > 0) times[index]!.push((used.user + used.system) / 1_000)
    })
  }
  if (Number.isNaN(sink)) throw new Error('a score was NaN')
  const baseline = median(times[0]!)
  const lines = [
    `1,000 tickets × 5 comments (current ticket: 300), every text ${textLength.toLocaleString('en')} characters of one pattern; ${rounds} interleaved rounds, median CPU ms`
  ]
  let worst = 0
  cases.forEach((entry, index) => {
    const ms = median(times[index]!)
    worst = index === 0 ? worst : Math.max(worst, ms)
    lines.push(`${entry.name.padEnd(48)} ${ms.toFixed(1).padStart(6)} ms  (${(ms / baseline).toFixed(2)}× ordinary)`)
  })
  lines.push(`worst hostile: ${worst.toFixed(1)} ms (goal ≤ ${goalMs} ms: ${worst <= goalMs ? 'met' : 'MISSED'})`)
  return lines
}

const suite: BenchSuite = { name: 'adversarial', run }
export default suite
