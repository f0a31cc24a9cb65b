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
