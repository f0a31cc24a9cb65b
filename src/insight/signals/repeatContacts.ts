/**
 * Repeat contacts: a ticket that comes back to the topic of an earlier ticket within the repeat-contact
 * window (settings.repeatContactWindowDays, counted from the earlier ticket's creation). Also the current
 * ticket's own run: how many tickets on its topic fell within the window before it.
 */
import { dayMs } from '../history/calendar'
import type { RequesterTimeline } from '../history/requesterTimeline'
import { insightModel, type InsightSettings } from '../insightSettings'
import { genericTags, sharedTopic, ticketTopic, type TicketTopic } from './ticketTopics'

export interface RepeatContacts {
  /** Tickets in the whole history that repeat an earlier ticket's topic within the window. */
  repeatContacts: number
  currentTopic: string | null
  /** The current ticket and the earlier tickets on its topic within the window (1 when it repeats nothing). */
  currentTopicContacts: number
  currentTopicSpanDays: number
}

export function repeatContacts(timeline: RequesterTimeline, settings: InsightSettings): RepeatContacts {
  const windowMs = settings.repeatContactWindowDays * dayMs
  const generic = genericTags(timeline.tickets, settings)
  const dated = timeline.tickets.filter((entry) => Number.isFinite(entry.createdMs))
  const topics: TicketTopic[] = dated.map((entry) => ticketTopic(entry, generic))

  let repeats = 0
  let windowStart = 0
  for (let index = 0; index < dated.length; index++) {
    const createdMs = dated[index]!.createdMs
    while (createdMs - dated[windowStart]!.createdMs > windowMs) windowStart++
    const from = Math.max(windowStart, index - insightModel.repeatComparisons)
    for (let earlier = index - 1; earlier >= from; earlier--) {
      if (sharedTopic(topics[index]!, topics[earlier]!) !== null) {
        repeats++
        break
      }
    }
  }

  const result: RepeatContacts = {
    repeatContacts: repeats,
    currentTopic: null,
    currentTopicContacts: 1,
    currentTopicSpanDays: 0
  }
  const currentIndex = timeline.current ? dated.indexOf(timeline.current) : -1
  if (currentIndex < 0) return result
  const current = dated[currentIndex]!
  for (let earlier = currentIndex - 1; earlier >= 0; earlier--) {
    const gap = current.createdMs - dated[earlier]!.createdMs
    if (gap > windowMs) break
    const topic = sharedTopic(topics[currentIndex]!, topics[earlier]!)
    if (topic === null) continue
    result.currentTopic ??= topic
    result.currentTopicContacts++
    result.currentTopicSpanDays = Math.floor(gap / dayMs)
  }
  return result
}
