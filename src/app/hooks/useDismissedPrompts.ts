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
 * stored, never ticket text.
 */
export function useDismissedPrompts(ticketId: number | null) {
  const [dismissed, setDismissed] = useState<{ ticketId: number | null; ids: Set<string> }>(() => ({
    ticketId,
    ids: ticketId === null ? new Set() : readDismissed(ticketId)
  }))
  const current =
    dismissed.ticketId === ticketId ? dismissed.ids : ticketId === null ? new Set<string>() : readDismissed(ticketId)
  const dismiss = useCallback(
    (promptId: string) => {
      const ids = new Set(current).add(promptId)
      setDismissed({ ticketId, ids })
      if (ticketId === null) return
      try {
        window.sessionStorage.setItem(storageKey(ticketId), JSON.stringify([...ids]))
      } catch {
        // Storage may be unavailable (privacy mode); dismissal still holds for this view.
      }
    },
    [current, ticketId]
  )
  return { dismissedIds: current as ReadonlySet<string>, dismiss }
}
