import type { DemoStory } from '../hostPayloads'
import { delightedAdvocate } from './stories/delightedAdvocate'
import { earlyChurnRisk } from './stories/earlyChurnRisk'
import { deletedRequester, noRequester } from './stories/errorStates'
import { firstTimeRequester } from './stories/firstTimeRequester'
import { frustratedLoyalist } from './stories/frustratedLoyalist'
import { premiumNeutral } from './stories/premiumNeutral'
import { spanishRequester } from './stories/spanishRequester'
import { presentRequester, type AuthoredStory } from './storyTypes'

/** The seeded requester stories, in the order the page lists them. */
export const authoredStories: AuthoredStory[] = [
  frustratedLoyalist,
  earlyChurnRisk,
  delightedAdvocate,
  premiumNeutral,
  firstTimeRequester,
  spanishRequester,
  noRequester,
  deletedRequester
]

/**
 * Each story's authored facts, for the page's switcher and for browser tests to assert against. Every story's
 * tickets lie within the default lookback (24 months), so `ticketCount` is also what the sidebar should count.
 */
export const demoStories: DemoStory[] = authoredStories.map((story) => ({
  id: story.id,
  title: story.title,
  currentTicketId: story.currentTicketId,
  requesterName: presentRequester(story)?.name ?? null,
  ticketCount: story.tickets.length,
  expectedInsight: story.expectedInsight,
  expectedPatterns: story.expectedPatterns,
  expectedState: story.expectedState
}))
