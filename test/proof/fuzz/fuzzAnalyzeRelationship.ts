/**
 * Random texts and random histories through analyzeRelationship. Texts are the requester's message on the open
 * ticket (plain, and as html_body), built to stress the cleaning and tone passes: arbitrary Unicode, HTML that
 * never closes, thousands of quote markers or "On … wrote:" lines, words without spaces, emoji runs, repeated
 * punctuation. Histories come from test/insight/arbitraryHistory.ts (dates that are not dates, duplicate ids,
 * huge texts, any settings in range).
 */
import fc from 'fast-check'
import { analyzeRelationship } from '../../../src/insight/analyzeRelationship'
import { defaultInsightSettings } from '../../../src/insight/insightSettings'
import type { RelationshipInsight } from '../../../src/insight/relationshipInsight'
import { arbitraryHistory, arbitrarySettings } from '../../insight/arbitraryHistory'
import { history, now } from '../../insight/historyBuilder'
import { createCallTimer, warmupCalls, type CallTimes } from '../callBudget'
import { insightViolations } from './insightBounds'
import { watchConsole } from './watchConsole'

const fragments = [
  'Thanks!',
  'NOT working',
  "doesn't work",
  'never',
  '🙃',
  '😡',
  ':(',
  '!!!',
  '???',
  '> ',
  '\n',
  'On Mon, 2 Jun 2025, Support <help@acme.test> wrote:',
  '<div>',
  '</div>',
  '<blockquote>',
  '<br>',
  '&amp;',
  '&#x1F600;',
  '&lt;script&gt;',
  '--\nSent from my iPhone',
  'Unsubscribe',
  'yeah right',
  'cancel my subscription',
  'refund',
  'third time',
  '3 weeks',
  'Gracias',
  'très',
  '\u0000',
  '\u202e',
  '\ud800'
]

/** A text made to be hard: a few units repeated up to thousands of times, or any Unicode at all. */
const hardText = fc.oneof(
  fc.array(fc.constantFrom(...fragments), { maxLength: 60 }).map((parts) => parts.join(' ')),
  fc
    .tuple(fc.array(fc.constantFrom(...fragments), { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 4_000 }))
    .map(([parts, times]) => parts.join('').repeat(times)),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.integer({ min: 1, max: 50_000 }).map((length) => 'x'.repeat(length)),
  fc.constantFrom('', ' ', '\n\n\n', '<', '<<<<', '&', '&#', '&#99999999999;')
)

const textCase = fc.record({ body: hardText, asHtml: fc.boolean(), earlier: fc.option(hardText, { nil: undefined }) })

function historyForText({ body, asHtml, earlier }: { body: string; asHtml: boolean; earlier?: string }) {
  const builder = history()
  if (earlier !== undefined) builder.ticket({ daysAgo: 20, said: [earlier] })
  const built = builder.current({ said: [body] }).build()
  if (!asHtml) return built
  const tickets = built.tickets.map((ticket) => ({
    ...ticket,
    comments: ticket.comments?.map((comment) => ({ ...comment, htmlBody: `<p>${comment.body}</p>`, body: '' })) ?? null
  }))
  return { ...built, tickets }
}

export interface AnalyzeFuzzFigures {
  texts: CallTimes
  histories: CallTimes
  consoleCalls: number
}

function expectBounded(insight: RelationshipInsight) {
  const problems = insightViolations(insight)
  if (problems.length > 0) throw new Error(problems.join('; '))
}

export function fuzzAnalyzeRelationship(numRuns: number, seed: number): AnalyzeFuzzFigures {
  const textTimer = createCallTimer()
  const historyTimer = createCallTimer()
  const console = watchConsole()
  let consoleCalls = 0
  try {
    fc.assert(
      fc.property(textCase, (input) => {
        const subject = historyForText(input)
        expectBounded(textTimer.time(() => analyzeRelationship(subject, defaultInsightSettings, now)))
      }),
      { numRuns: numRuns + warmupCalls, seed, endOnFailure: true }
    )
    fc.assert(
      fc.property(arbitraryHistory, arbitrarySettings, (subject, settings) => {
        expectBounded(historyTimer.time(() => analyzeRelationship(subject, settings, now)))
      }),
      { numRuns: numRuns + warmupCalls, seed: seed + 1, endOnFailure: true }
    )
  } finally {
    consoleCalls = console.stop()
  }
  if (consoleCalls > 0) throw new Error(`the engine wrote ${consoleCalls} console lines`)
  return { texts: textTimer.times, histories: historyTimer.times, consoleCalls }
}
