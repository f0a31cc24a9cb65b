/** The zendesk layer's public API: the only door to ZAF and the Zendesk REST API. */
export { createZafClient } from './zafClient'
export { wrapZafSdk } from './zafSdkWrapper'
export type {
  ZafClient,
  ZafContext,
  ZafEventHandler,
  ZafHttpResponse,
  ZafMetadata,
  ZafRequestOptions,
  ZafSdkClient
} from './zafSdkWrapper'
export {
  defaultActionSettings,
  defaultHistorySettings,
  parseRapportSettings,
  rapportParameterNames,
  settingRange
} from './settings'
export type { ActionSettings, HistorySettings, RapportSettings, SettingProblem, SettingProblemReason } from './settings'
export { createRequesterHistoryLoader } from './requesterHistoryLoader'
export type {
  HistoryResult,
  LoadOptions,
  RequesterHistoryLoader,
  RequesterHistoryLoaderOptions
} from './requesterHistoryLoader'
export { createRequesterHistoryCache, sharedRequesterHistoryCache } from './historyCache'
export type { CacheWriteOptions, RequesterHistoryCache } from './historyCache'
export { systemClock } from './clock'
export type { Clock } from './clock'
export { isAbortError } from './zendeskError'
export type { LoadProgress, ZendeskError, ZendeskErrorKind, ZendeskResult } from './zendeskError'
export { defaultRequestTimeoutMs, defaultRetryPolicy } from './zendeskTransport'
export type { RetryPolicy } from './zendeskTransport'
export { requesterChangedEvent, ticketChangedEvents } from './ticketEvents'
export {
  addTicketTags,
  colorSchemeChangedEvent,
  colorSchemeFromUrl,
  openTicketTab,
  parseColorScheme,
  readAgent,
  readColorScheme,
  watchColorScheme
} from './agentWorkspace'
export type { Agent, ColorScheme } from './agentWorkspace'
export { parseCompanionSettings } from './companionSettings'
export type { CompanionSettings } from './companionSettings'
export { createCompanionClient } from './companionClient'
export type { CompanionClient, CompanionResult, CompanionUnavailable } from './companionClient'
export type { NextTopicsAnswer, OrganizationHealthAnswer, RequesterHealthAnswer } from './companionResponses'
