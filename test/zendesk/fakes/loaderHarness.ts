/** One sidebar instance on the fakes: the real loader, wrapper and cache over a fake SDK, API and clock. */
import { createRequesterHistoryCache, type RequesterHistoryCache } from '../../../src/zendesk/historyCache'
import {
  createRequesterHistoryLoader,
  type HistoryResult,
  type LoadOptions,
  type RequesterHistoryLoader
} from '../../../src/zendesk/requesterHistoryLoader'
import { defaultHistorySettings, type HistorySettings } from '../../../src/zendesk/settings'
import { wrapZafSdk, type ZafClient } from '../../../src/zendesk/zafSdkWrapper'
import { createFakeClock, settle, type FakeClock } from './fakeClock'
import { createFakeZafSdk, type FakeZafSdk } from './fakeZafSdk'
import { createFakeZendeskApi, type FakeZendeskApi } from './fakeZendeskApi'
import { generatedDataset, generatedRequesterId, generatedTicketId, type FakeDataset } from './requesterDataset'

export interface Sidebar {
  api: FakeZendeskApi
  sdk: FakeZafSdk
  client: ZafClient
  clock: FakeClock
  cache: RequesterHistoryCache
  loader: RequesterHistoryLoader
  /** Loads and drives the fake clock until the load settles. */
  load(options?: LoadOptions): Promise<HistoryResult>
  /** Loads and returns the history, failing the test on an error result. */
  loadHistory(options?: LoadOptions): Promise<Extract<HistoryResult, { ok: true }>['value']>
}

export function openSidebar(input: {
  dataset: FakeDataset
  ticketId: number
  requesterId: number | null
  now: number
  settings?: Partial<HistorySettings>
  api?: FakeZendeskApi
  clock?: FakeClock
  random?: () => number
}): Sidebar {
  const api = input.api ?? createFakeZendeskApi(input.dataset)
  const sdk = createFakeZafSdk(api, { id: input.ticketId, requesterId: input.requesterId })
  const client = wrapZafSdk(sdk)
  const clock = input.clock ?? createFakeClock(input.now)
  const cache = createRequesterHistoryCache()
  const loader = createRequesterHistoryLoader({
    client,
    settings: { ...defaultHistorySettings, ...input.settings },
    clock,
    cache,
    random: input.random ?? (() => 0.5)
  })
  const load = (options?: LoadOptions) => settle(loader.load(options), clock)
  return {
    api,
    sdk,
    client,
    clock,
    cache,
    loader,
    load,
    async loadHistory(options) {
      const result = await load(options)
      if (!result.ok) throw new Error(`expected a history, got ${JSON.stringify(result.error)}`)
      return result.value
    }
  }
}

type SidebarInput = Parameters<typeof openSidebar>[0]

/** A sidebar on the newest ticket of a generated requester with `ticketCount` tickets (see generatedDataset). */
export function openGeneratedSidebar({
  ticketCount,
  now,
  spacingHours,
  ...rest
}: { ticketCount: number; now: number; spacingHours?: number } & Omit<
  SidebarInput,
  'dataset' | 'ticketId' | 'requesterId' | 'now'
>): Sidebar {
  return openSidebar({
    ...rest,
    dataset: generatedDataset({ ticketCount, now, spacingHours }),
    ticketId: generatedTicketId(0, ticketCount),
    requesterId: generatedRequesterId,
    now
  })
}

/** Requests by kind, read from the URLs the fake API received. */
export function countRequests(urls: string[]) {
  return {
    ticketPages: urls.filter((url) => url.includes('/tickets/requested.json')).length,
    users: urls.filter((url) => /\/users\/\d+\.json/.test(url)).length,
    organizations: urls.filter((url) => /\/organizations\/\d+\.json/.test(url)).length,
    comments: urls.filter((url) => url.includes('/comments.json')).length,
    related: urls.filter((url) => url.includes('/related.json')).length,
    total: urls.length
  }
}
