import { useCallback, useState } from 'react'

const storageKey = (ticketId: number) => `rapport.dismissedPrompts.${ticketId}`

function readDismissed(ticketId: number): string[] {
  try {
    const stored = JSON.parse(window.sessionStorage.getItem(storageKey(ticketId)) ?? '[]') as unknown
    return Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : []
  } catch {
    return []
  }
}

function writeDismissed(ticketId: number, ids: readonly string[]) {
  try {
    window.sessionStorage.setItem(storageKey(ticketId), JSON.stringify(ids))
  } catch {
    // Storage may be unavailable (privacy mode); the dismissal still holds for this view.
  }
}

/**
 * Prompts an agent dismissed stay dismissed for this ticket during the browser session, and can be brought
 * back; only prompt ids are stored, never ticket text. Read once per ticket: the caller remounts for another.
 */
export function useDismissedPrompts(ticketId: number) {
  const [dismissedIds, setDismissedIds] = useState<readonly string[]>(() => readDismissed(ticketId))
  const change = useCallback(
    (update: (ids: readonly string[]) => readonly string[]) =>
      setDismissedIds((ids) => {
        const next = update(ids)
        writeDismissed(ticketId, next)
        return next
      }),
    [ticketId]
  )
  const dismiss = useCallback(
    (promptId: string) => change((ids) => [...ids.filter((id) => id !== promptId), promptId]),
    [change]
  )
  const restore = useCallback((promptId: string) => change((ids) => ids.filter((id) => id !== promptId)), [change])
  return { dismissedIds, dismiss, restore }
}
