import { useCallback, useEffect, useMemo, useState } from 'react'
import {
  analyzeRelationship,
  type InsightSettings,
  type RelationshipInsight,
  type RequesterHistory
} from '../../insight'
import type { HistorySettings, LoadProgress, ZafClient, ZendeskError } from '../../zendesk'
import type { LoaderOverrides } from '../contexts/ClientContext'
import { requesterLoaderFor, takeEarlyLoad } from './requesterLoaders'

type LoadState =
  | { kind: 'loading' }
  | { kind: 'waiting'; retryAt: number }
  | { kind: 'error'; error: ZendeskError | { kind: 'unexpected' } }
  /** `refining`: a preview from the first page of tickets; older pages and conversations are still loading. */
  | { kind: 'ready'; history: RequesterHistory; refining?: boolean }

export type SidebarState =
  Exclude<LoadState, { kind: 'ready' }> | (Extract<LoadState, { kind: 'ready' }> & { insight: RelationshipInsight })

/**
 * Loads the requester's history and turns it into insight. A newer load (ticket event, retry) always wins:
 * the older one is aborted and its late answer ignored, so one requester's data never shows on another's ticket.
 */
export function useRequesterInsight(
  client: ZafClient,
  history: HistorySettings,
  insight: InsightSettings,
  overrides: LoaderOverrides = {}
) {
  const loader = useMemo(
    () => requesterLoaderFor(client, history, overrides),
    // Overrides are fixed for the app's lifetime (test seams).
    [client, history]
  )
  const [loaded, setState] = useState<LoadState>({ kind: 'loading' })
  const [generation, setGeneration] = useState(0)
  const reload = useCallback(() => setGeneration((count) => count + 1), [])

  useEffect(() => loader.watch(reload), [loader, reload])

  useEffect(() => {
    const controller = new AbortController()
    const isCurrent = () => !controller.signal.aborted
    setState({ kind: 'loading' })
    const onProgress = (progress: LoadProgress) => {
      if (!isCurrent()) return
      // Once a preview shows, a later page's wait is not worth hiding it for.
      if (progress.kind === 'waitingForZendesk')
        setState((shown) => (shown.kind === 'ready' ? shown : { kind: 'waiting', retryAt: progress.retryAt }))
      if (progress.kind === 'preview') setState({ kind: 'ready', history: progress.history, refining: true })
    }
    const load = () => loader.load({ signal: controller.signal, onProgress })
    // The first load takes over the one started at registration; should that one have been refused (the requester
    // kept changing), a load of its own starts.
    const early = takeEarlyLoad(loader)
    const stopListening = early?.listen(onProgress)
    const loaded = early ? early.result.catch(load) : load()
    loaded
      .then((result) => {
        if (!isCurrent()) return
        setState(result.ok ? { kind: 'ready', history: result.value } : { kind: 'error', error: result.error })
      })
      .catch(() => {
        if (isCurrent()) setState({ kind: 'error', error: { kind: 'unexpected' } })
      })
    return () => {
      controller.abort()
      stopListening?.()
    }
  }, [loader, generation])

  // Analysed when rendered, once per history shown: a preview and the result that land in the same turn (the last
  // conversation and the last page) are rendered, and analysed, once.
  const state = useMemo((): SidebarState => {
    if (loaded.kind !== 'ready') return loaded
    try {
      return { ...loaded, insight: analyzeRelationship(loaded.history, insight, new Date()) }
    } catch {
      return { kind: 'error', error: { kind: 'unexpected' } }
    }
  }, [loaded, insight])

  return { state, reload }
}
