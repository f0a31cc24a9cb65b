import { useCallback, useEffect, useMemo, useState } from 'react'
import {
  analyzeRelationship,
  type InsightSettings,
  type RelationshipInsight,
  type RequesterHistory
} from '../../insight'
import type { HistorySettings, LoadProgress, ZafClient, ZendeskError } from '../../zendesk'
import type { LoaderOverrides } from '../contexts/ClientContext'
import { requesterLoaderFor, takeEarlyFailure } from './requesterLoaders'

export type SidebarState =
  | { kind: 'loading' }
  | { kind: 'waiting'; retryAt: number }
  | { kind: 'error'; error: ZendeskError | { kind: 'unexpected' } }
  /** `refining`: a preview from the first page of tickets; older pages and conversations are still loading. */
  | { kind: 'ready'; history: RequesterHistory; insight: RelationshipInsight; refining?: boolean }

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
  const [state, setState] = useState<SidebarState>({ kind: 'loading' })
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
      if (progress.kind === 'preview') {
        const preview = progress.history
        const previewInsight = analyzeRelationship(preview, insight, new Date())
        setState({ kind: 'ready', history: preview, insight: previewInsight, refining: true })
      }
    }
    const earlyFailure = takeEarlyFailure(loader)
    const loaded = earlyFailure ? Promise.resolve(earlyFailure) : loader.load({ signal: controller.signal, onProgress })
    loaded
      .then((result) => {
        if (!isCurrent()) return
        if (!result.ok) return setState({ kind: 'error', error: result.error })
        setState({
          kind: 'ready',
          history: result.value,
          insight: analyzeRelationship(result.value, insight, new Date())
        })
      })
      .catch(() => {
        if (isCurrent()) setState({ kind: 'error', error: { kind: 'unexpected' } })
      })
    return () => controller.abort()
  }, [loader, insight, generation])

  return { state, reload }
}
