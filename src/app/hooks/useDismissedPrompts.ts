import { useCallback, useState } from 'react'

const storageKey = (ticketId: number) => `rapport.dismissedPrompts.${ticketId}`

function readDismissed(ticketId: number): Set<string> {
  try {
    const stored = JSON.parse(window.sessionStorage.getItem(storageKey(ticketId)) ?? '[]') as unknown
    return new Set(Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : [])
  } catch {
    return new Set()
  }
}

/**
 * Prompts an agent dismissed stay dismissed for this ticket during the browser session; only prompt ids are
 * stored, never ticket text. Read once per ticket: the caller remounts for another ticket.
 */
export function useDismissedPrompts(ticketId: number) {
  const [dismissedIds, setDismissedIds] = useState<ReadonlySet<string>>(() => readDismissed(ticketId))
  const dismiss = useCallback(
    (promptId: string) => {
      const ids = new Set(dismissedIds).add(promptId)
      setDismissedIds(ids)
      try {
        window.sessionStorage.setItem(storageKey(ticketId), JSON.stringify([...ids]))
      } catch {
        // Storage may be unavailable (privacy mode); dismissal still holds for this view.
      }
    },
    [dismissedIds, ticketId]
  )
  return { dismissedIds, dismiss }
}
