import { useCallback, useState } from 'react'

/**
 * Which sidebar sections this agent keeps open, remembered across tickets and reloads (localStorage, keyed by
 * the agent's id so two agents on one browser keep their own). Only section ids are stored. Storage the browser
 * refuses (privacy mode, quota) just means the choice lasts for this view.
 */
const storageKey = (agentId: number | null) => `rapport.openSections.${agentId ?? 'agent'}`

function readOpen(agentId: number | null): string[] {
  try {
    const stored = JSON.parse(window.localStorage.getItem(storageKey(agentId)) ?? '[]') as unknown
    return Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : []
  } catch {
    return []
  }
}

export function useOpenSections(agentId: number | null) {
  const [open, setOpen] = useState<readonly string[]>(() => readOpen(agentId))
  const toggle = useCallback(
    (sectionId: string) => {
      setOpen((current) => {
        const next = current.includes(sectionId) ? current.filter((id) => id !== sectionId) : [...current, sectionId]
        try {
          window.localStorage.setItem(storageKey(agentId), JSON.stringify(next))
        } catch {
          // Not remembered beyond this view; the section still opens.
        }
        return next
      })
    },
    [agentId]
  )
  return { open, toggle }
}
