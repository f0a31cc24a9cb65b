/** The one place that loads the ZAF SDK (it reads `window` as soon as it is imported). */
import ZAFClient from 'zendesk_app_framework_sdk'
import { type ZafClient, wrapZafSdk } from './zafSdkWrapper'

/** The ZAF client of this iframe, or null when the page was not opened by a Zendesk host (no origin/app_guid). */
export function createZafClient(): ZafClient | null {
  const sdk = ZAFClient.init()
  return sdk ? wrapZafSdk(sdk) : null
}
