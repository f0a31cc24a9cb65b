import type { DemoStory } from '../hostPayloads'
import { delightedAdvocate } from './stories/delightedAdvocate'
import { earlyChurnRisk } from './stories/earlyChurnRisk'
import { closedPastTicket } from './stories/closedPastTicket'
import { deletedRequester, noRequester } from './stories/errorStates'
import { firstTimeRequester } from './stories/firstTimeRequester'
import { frustratedLoyalist } from './stories/frustratedLoyalist'
import { longStandingCustomer } from './stories/longStandingCustomer'
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
  longStandingCustomer,
  closedPastTicket,
  noRequester,
  deletedRequester
]

/**
 * Each story's authored facts, for the page's switcher and for browser tests to assert against. Most stories'
 * tickets lie within the default lookback (24 months), so the sidebar counts `ticketCount`; the long-standing
 * customer and the as-of story say what the header must read instead.
 */
export const demoStories: DemoStory[] = authoredStories.map((story) => ({
  id: story.id,
  title: story.title,
  currentTicketId: story.currentTicketId,
  requesterName: presentRequester(story)?.name ?? null,
  ticketCount: story.tickets.length,
  expectedTicketFacts:
    story.expectedTicketFacts ?? `${story.tickets.length} ${story.tickets.length === 1 ? 'ticket' : 'tickets'}`,
  expectedAsOf: story.expectedAsOf ?? false,
  expectedInsight: story.expectedInsight,
  expectedPatterns: story.expectedPatterns,
  expectedState: story.expectedState
}))
