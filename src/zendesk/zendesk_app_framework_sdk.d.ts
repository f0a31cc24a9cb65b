/**
 * The SDK ships no types. This declares the part of its CommonJS surface Rapport uses, as read in
 * node_modules/zendesk_app_framework_sdk/lib/{index,client}.js (version 2.0.x).
 */
declare module 'zendesk_app_framework_sdk' {
  export type ZafEventHandler = (payload: unknown) => unknown

  /** The SDK `Client` object. `request` resolves for 2xx and rejects with the response otherwise. */
  export interface ZafSdkClient {
    get(path: string | string[]): Promise<Record<string, unknown>>
    request(options: Record<string, unknown>): Promise<unknown>
    invoke(name: string, ...args: unknown[]): Promise<unknown>
    on(name: string, handler: ZafEventHandler, context?: unknown): void
    off(name: string, handler: ZafEventHandler): unknown
    metadata(): Promise<unknown>
    context(): Promise<unknown>
  }

  const ZAFClient: {
    /** Returns false when the page URL carries no `origin`/`app_guid` (not opened by a Zendesk host). */
    init(callback?: (context: unknown) => void): ZafSdkClient | false
  }
  export default ZAFClient
}
