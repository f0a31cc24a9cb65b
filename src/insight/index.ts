/**
 * The insight engine's single door: everything outside src/insight (the sidebar, the companion) imports from
 * here. Minimal for now — what the companion reads; the consistency work widens it.
 */
export { analyzeRelationship } from './analyzeRelationship'
export { defaultInsightSettings, insightModel, insightSettingLimits } from './insightSettings'
export type { InsightSettings, TierMapping } from './insightSettings'
export type * from './relationshipInsight'
export type * from './requesterHistory'
export { windowOnlyCoverage } from './requesterHistory'
export { readSentiment } from './sentiment/readSentiment'
export { cleanCustomerText } from './text/cleanCustomerText'
export { organizationHealth, organizationModel } from './organization/organizationHealth'
export type { OrganizationHealth, RequesterAtRisk } from './organization/organizationHealth'
export {
  addSolvedTickets,
  emptyTopicTransitions,
  nextTopics,
  ticketTopicTags,
  topicTransitionModel
} from './topics/topicTransitions'
export type { NextTopic, NextTopics, TopicTicket, TopicTransitions } from './topics/topicTransitions'
