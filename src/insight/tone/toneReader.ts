/**
 * Reads the tone of a ticket's requester words once and remembers it: the current state and the earlier
 * snapshot used for the health direction ask for the same tickets.
 */
import type { TimelineTicket } from '../history/requesterTimeline'
import { analysisTextBudget, requesterWords } from '../history/requesterWords'
import { insightModel } from '../insightSettings'
import type { SentimentReading } from '../relationshipInsight'
import { readSentiment } from '../sentiment/readSentiment'
import { combineReadings, unknownReading } from './combineReadings'
import { bandedReading } from './toneBands'

export interface TicketTone {
  /** The requester's cleaned messages in this ticket, oldest first (at most `messagesPerTicket`). */
  words: string[]
  /** null when the requester wrote nothing readable in this ticket. */
  reading: SentimentReading | null
}

export interface ToneReader {
  ticketTone(entry: TimelineTicket): TicketTone
}

/** A reader that fails on some text must not take the sidebar down: that message reads as unknown. */
function readSafely(text: string): SentimentReading {
  try {
    return readSentiment(text)
  } catch {
    return unknownReading(null)
  }
}

export function createToneReader(requesterId: number): ToneReader {
  const cache = new Map<TimelineTicket['ticket'], TicketTone>()
  const budget = analysisTextBudget()
  return {
    ticketTone(entry) {
      const cached = cache.get(entry.ticket)
      if (cached) return cached
      const words = requesterWords(entry.ticket, requesterId, insightModel.messagesPerTicket, budget)
      const reading = words.length === 0 ? null : bandedReading(combineReadings(words.map(readSafely)))
      const tone = { words, reading }
      cache.set(entry.ticket, tone)
      return tone
    }
  }
}
