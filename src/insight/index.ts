/**
 * The insight layer's public API: the single door the app (and the companion) import from. Everything else in
 * src/insight is internal; test/architecture/layerImports.test.ts fails if another layer reaches past this file.
 */
export { analyzeRelationship } from './analyzeRelationship'
export { defaultInsightSettings, insightSettingLimits } from './insightSettings'
export type { InsightSettings, NumberLimit, TierMapping } from './insightSettings'
export type * from './relationshipInsight'
export type * from './requesterHistory'
export { windowOnlyCoverage } from './requesterHistory'
/** Which cue kinds are not the customer's feeling, so the sidebar never quotes them as "their words". */
export { unquotedCueKinds } from './sentiment/readSentiment'
/** The companion's /v1/score: one text cleaned and read, as the engine reads each message. */
export { readSentiment } from './sentiment/readSentiment'
export { cleanCustomerText } from './text/cleanCustomerText'
/** The companion's account-scale views. */
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
