/**
 * Issue 9, "one vocabulary, one number per idea": over generated histories and settings, the views of one
 * analysis agree with each other — the tone tag with its score and with the alerts, the health direction with the
 * tone trend, the overall with its dimensions and with the risk patterns, counts with their windows, prompts
 * with the windows computed, hints with the tickets they name.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyzeRelationship } from '../../src/insight/analyzeRelationship'
import { thresholds } from '../../src/insight/sentiment/lexicon/thresholds'
import type { InsightSettings } from '../../src/insight/insightSettings'
import type { Phrase, RelationshipInsight } from '../../src/insight/relationshipInsight'
import type { RequesterHistory } from '../../src/insight/requesterHistory'
import { arbitraryHistory, arbitrarySettings } from './arbitraryHistory'
import { now } from './historyBuilder'

const runs = { numRuns: 120, seed: 20251202 }
const riskPatterns = new Set(['churnRisk', 'earlyChurnRisk', 'frustratedLoyalist'])
const band = (score: number) => (score <= 3 ? 'poor' : score <= 6 ? 'fair' : 'good')

function allPhrases(insight: RelationshipInsight): Phrase[] {
  return [
    ...insight.prompts.flatMap((prompt) => [prompt.text, ...prompt.evidence]),
    ...insight.patterns.flatMap((pattern) => pattern.evidence),
    ...insight.scorecard.dimensions.flatMap((dimension) => dimension.evidence),
    ...insight.alerts.flatMap((alert) => alert.evidence),
    ...insight.personalization.hints
  ]
}

function checkAgreements(history: RequesterHistory, settings: InsightSettings, insight: RelationshipInsight) {
  const { currentSentiment: tone, scorecard, facts, signals } = insight

  // The tone tag, its score and the alerts: one mapping (tone/toneBands.ts).
  if (tone.label === 'neutral') expect(Math.abs(tone.score)).toBeLessThanOrEqual(thresholds.neutralBand)
  if (tone.label === 'negative') expect(tone.score).toBeLessThanOrEqual(-thresholds.neutralBand)
  if (tone.label === 'positive') expect(tone.score).toBeGreaterThanOrEqual(thresholds.neutralBand)
  if (tone.label === 'unknown') expect(tone.score).toBe(0)
  for (const alert of insight.alerts) {
    if (alert.kind === 'frustrated') {
      expect(tone.label).toBe('negative')
      expect(tone.score).toBeLessThanOrEqual(settings.frustratedAlertThreshold)
    } else {
      expect(tone.label).toBe('positive')
      expect(tone.score).toBeGreaterThanOrEqual(settings.delightedAlertThreshold)
    }
  }

  // One direction: the health shows the tone trend's.
  expect(scorecard.direction).toBe(insight.trend.direction)

  // No evidence, no score: an unreadable tone with no readable recent ticket is "not enough data".
  const alignment = scorecard.dimensions.find((dimension) => dimension.id === 'emotionalAlignment')!
  expect(alignment.score === null).toBe(tone.label === 'unknown' && insight.trend.recent === null)
  const scored = scorecard.dimensions.filter((dimension) => dimension.score !== null)
  for (const dimension of scorecard.dimensions) expect(dimension.band === null).toBe(dimension.score === null)
  if (scored.length > 0) {
    // The overall is the mean of the scored dimensions (each rounded once, so within one point).
    const mean = scored.reduce((sum, dimension) => sum + dimension.score!, 0) / scored.length
    expect(Math.abs(scorecard.overall - mean)).toBeLessThanOrEqual(1)
  }

  // Patterns and overall cannot contradict: a risk pattern holds the colour, and says so.
  const risk = insight.patterns.some((pattern) => riskPatterns.has(pattern.id))
  if (risk) expect(scorecard.band).not.toBe('good')
  if (scorecard.band !== band(scorecard.overall)) expect(scorecard.bandReason).not.toBeNull()
  if (!risk) expect(scorecard.band).toBe(band(scorecard.overall))

  // Counts say their window: a lifetime count only when it is known, "at least" on a capped read.
  const { totals } = facts
  expect(totals.read).toBe(signals.ticketCount)
  if (totals.lifetime !== null) expect(totals.lifetime).toBeGreaterThanOrEqual(totals.read)
  if (facts.tickets.key === 'insight.facts.tickets') expect(totals.lifetime).toBe(facts.tickets.params.count)
  if (history.coverage.cappedAtMaxTickets && totals.lifetime === null)
    expect(facts.tickets.key).toBe('insight.facts.ticketsAtLeast')
  const hints = insight.personalization.hints
  if (hints.some((hint) => hint.key === 'insight.tier.hint.relationshipSoFar')) expect(totals.lifetime).not.toBeNull()
  if (signals.firstContact) expect(totals.lifetime).toBeLessThanOrEqual(1)

  // Windows named in prompts and evidence are the windows computed.
  for (const line of allPhrases(insight)) {
    if (/repeatTopic|repeatContact(Sliding)?\.text/.test(line.key))
      expect(line.params.count).toBe(settings.repeatContactWindowDays)
  }
  expect(signals.currentTopicContacts).toBeLessThanOrEqual(Math.max(1, signals.ticketCount))

  // "Check it stayed resolved" names a solved or closed ticket.
  for (const hint of hints.filter((line) => line.key === 'insight.tier.hint.continuity')) {
    const named = history.tickets.filter((ticket) => hint.params.subject === clipped(ticket.subject))
    expect(named.some((ticket) => ticket.status === 'solved' || ticket.status === 'closed')).toBe(true)
  }

  // No "they sound happy" beside "frustrated loyalist".
  const patternIds = insight.patterns.map((pattern) => pattern.id)
  if (patternIds.includes('frustratedLoyalist'))
    expect(insight.prompts.map((prompt) => prompt.id)).not.toContain('delighted')

  // Greetings use one name, without quotes.
  for (const hint of hints.filter((line) => line.key === 'insight.tier.hint.useName')) {
    expect(String(hint.params.name)).not.toMatch(/["“”„«»]/)
    expect(String(hint.params.name).trim()).not.toMatch(/\s/)
  }

  // As of a past ticket: nothing after it is read as its past.
  if (insight.asOf) {
    const asOfMs = Date.parse(insight.asOf.createdAt)
    // (An undated ticket stays in, as it does in every window: it counts, but is never "recent".)
    for (const point of insight.trend.points) expect(Date.parse(point.createdAt) > asOfMs).toBe(false)
    const notLater = history.tickets.filter((ticket) => !(Date.parse(ticket.createdAt) > asOfMs)).length
    expect(signals.ticketCount).toBeLessThanOrEqual(notLater)
  }
}

/** As evidencePhrases.clip does for 80 characters. */
function clipped(subject: string): string {
  const trimmed = subject.replace(/\s+/g, ' ').trim()
  const chars = Array.from(trimmed)
  return chars.length <= 80 ? trimmed : `${chars.slice(0, 79).join('')}…`
}

describe('one analysis, one story', () => {
  it('agrees with itself across tone, health, patterns, counts, prompts and hints', () => {
    fc.assert(
      fc.property(arbitraryHistory, arbitrarySettings, (history, settings) => {
        checkAgreements(history, settings, analyzeRelationship(history, settings, now))
      }),
      runs
    )
    // A generous allowance for a shared, loaded machine: this is a correctness property, not a timing.
  }, 60_000)
})
