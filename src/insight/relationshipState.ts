/**
 * Everything known about the relationship at one moment, read once and shared by the scorecard, patterns,
 * prompts and hints. Built for "now" and, for the health direction, for the moment before the recent tickets.
 */
import type { RequesterTimeline } from './history/requesterTimeline'
import type { InsightSettings } from './insightSettings'
import type { RelationshipSignals, SentimentReading, TicketTotals } from './relationshipInsight'
import { isFirstContact } from './history/ticketTotals'
import { churnIntent } from './signals/churnIntent'
import { relationshipSignals, type SignalDetails } from './signals/relationshipSignals'
import { unknownReading } from './tone/combineReadings'
import { sentimentTrend, type TrendReading } from './tone/sentimentTrend'
import type { ToneReader } from './tone/toneReader'

export interface RelationshipState {
  timeline: RequesterTimeline
  signals: RelationshipSignals
  details: SignalDetails
  /** Tickets in the relationship and how many were read, as of this moment. */
  totals: TicketTotals
  /** Tone of the requester's words in the current ticket. */
  current: SentimentReading
  trend: TrendReading
  /** Words of leaving in the current ticket. */
  churnTerms: string[]
  /** The tone of any ticket of the timeline, read once (hints ask about the previous ticket). */
  tone: ToneReader
}

export function relationshipState(
  timeline: RequesterTimeline,
  tone: ToneReader,
  settings: InsightSettings,
  totals: TicketTotals
): RelationshipState {
  const read = relationshipSignals(timeline, settings)
  const signals = { ...read.signals, firstContact: isFirstContact(totals) }
  const { details } = read
  const currentTone = timeline.current ? tone.ticketTone(timeline.current) : null
  return {
    timeline,
    signals,
    details,
    totals,
    current: currentTone?.reading ?? unknownReading(null),
    trend: sentimentTrend(timeline, tone),
    churnTerms: churnIntent(currentTone?.words ?? []),
    tone
  }
}
