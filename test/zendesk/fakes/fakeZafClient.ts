/**
 * A ready ZafClient for tests of code that uses the zendesk layer (hooks, components): the real wrapper over
 * the fake SDK and fake Zendesk API, so only the network edge is fake.
 */
import { wrapZafSdk, type ZafClient } from '../../../src/zendesk/zafSdkWrapper'
import { createFakeZafSdk, type FakeZafSdk } from './fakeZafSdk'
import { createFakeZendeskApi, type FakeZendeskApi } from './fakeZendeskApi'
import { generatedDataset, generatedRequesterId, generatedTicketId, type FakeDataset } from './requesterDataset'

export interface FakeZafClient {
  client: ZafClient
  /** Emit ZAF events (`sdk.emit('ticket.updated')`), change `sdk.ticketData`, read `sdk.requestOptions`. */
  sdk: FakeZafSdk
  /** Queue faults, read `api.requests`. */
  api: FakeZendeskApi
}

/** By default: a requester with 12 generated tickets, the newest open in the sidebar. */
export function createFakeZafClient(
  input: { dataset?: FakeDataset; ticketId?: number; requesterId?: number | null; now?: number } = {}
): FakeZafClient {
  const dataset = input.dataset ?? generatedDataset({ ticketCount: 12, now: input.now ?? Date.now() })
  const api = createFakeZendeskApi(dataset)
  const sdk = createFakeZafSdk(api, {
    id: input.ticketId ?? generatedTicketId(0, 12),
    requesterId: input.requesterId === undefined ? generatedRequesterId : input.requesterId
  })
  return { client: wrapZafSdk(sdk), sdk, api }
}
