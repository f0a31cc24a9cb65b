/**
 * Reads the tone of a ticket's requester words once and remembers it: the current state and the earlier
 * snapshot used for the health direction ask for the same tickets, and so do the analyses of a refining history.
 */
import type { TimelineTicket } from '../history/requesterTimeline'
import { affords, analysisTextBudget, measuredRequesterWords, spend, type WordsCost } from '../history/requesterWords'
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

/**
 * Tones already read, across analyses: the loader refines one history (a preview from the first page, then the
 * whole) with the same conversation and ticket records, so the whole history's analysis reads no ticket the
 * preview read. Keyed by what the words come from: the ticket's conversation, or the ticket record when only its
 * description is known. Only reads the text budget did not cut short are kept (they are the same under any
 * budget with room for them, see `affords`); each analysis is still charged what a read costs.
 */
const rememberedTones = new WeakMap<
  object,
  { requesterId: number; description: string; tone: TicketTone; cost: WordsCost }
>()

export function createToneReader(requesterId: number): ToneReader {
  const cache = new Map<TimelineTicket['ticket'], TicketTone>()
  const budget = analysisTextBudget()
  return {
    ticketTone(entry) {
      const cached = cache.get(entry.ticket)
      if (cached) return cached
      const ticket = entry.ticket
      const source = ticket.comments ?? ticket
      const remembered = rememberedTones.get(source)
      let tone: TicketTone
      if (
        remembered &&
        remembered.requesterId === requesterId &&
        remembered.description === ticket.description &&
        affords(budget, remembered.cost)
      ) {
        spend(budget, remembered.cost)
        tone = remembered.tone
      } else {
        const { words, cost } = measuredRequesterWords(ticket, requesterId, insightModel.messagesPerTicket, budget)
        const reading = words.length === 0 ? null : bandedReading(combineReadings(words.map(readSafely)))
        tone = { words, reading }
        if (!cost.cutByBudget) rememberedTones.set(source, { requesterId, description: ticket.description, tone, cost })
      }
      cache.set(ticket, tone)
      return tone
    }
  }
}
