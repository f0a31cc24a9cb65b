import { useLayoutEffect } from 'react'

/**
 * User Timing marks for the two moments an agent waits for: the first insight shown (a preview from the first page
 * of tickets, or the whole history) and the whole history read. They show in the browser's performance panel, and
 * they are what `npm run bench` times, so it can leave the page alone while a view loads.
 */
export const readyMarks = { headline: 'rapport:headline', complete: 'rapport:complete' } as const

/** Marks each moment when the view that shows it is committed (before it is painted, as a DOM observer sees it). */
export function useReadyMarks(ready: boolean, refining: boolean) {
  useLayoutEffect(() => {
    if (ready) mark(readyMarks.headline)
  }, [ready])
  useLayoutEffect(() => {
    if (ready && !refining) mark(readyMarks.complete)
  }, [ready, refining])
}

function mark(name: string) {
  // Old browsers and test DOMs may lack User Timing: the marks are for measuring, never needed to render.
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name)
}
