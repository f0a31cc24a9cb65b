import { useCallback, useEffect, useMemo, useState } from 'react'
import {
  analyzeRelationship,
  type InsightSettings,
  type RelationshipInsight,
  type RequesterHistory
} from '../../insight'
import { createRequesterHistoryLoader, type HistorySettings, type ZafClient, type ZendeskError } from '../../zendesk'
import type { LoaderOverrides } from '../contexts/ClientContext'

export type SidebarState =
  | { kind: 'loading' }
  | { kind: 'waiting'; retryAt: number }
  | { kind: 'error'; error: ZendeskError | { kind: 'unexpected' } }
  | { kind: 'ready'; history: RequesterHistory; insight: RelationshipInsight }

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
    () => createRequesterHistoryLoader({ ...overrides, client, settings: history }),
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
    loader
      .load({
        signal: controller.signal,
        onProgress: (progress) => {
          if (isCurrent() && progress.kind === 'waitingForZendesk')
            setState({ kind: 'waiting', retryAt: progress.retryAt })
        }
      })
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
