import { useEffect } from 'react'
import type { ZafClient } from '../../zendesk'

/**
 * Keeps the sidebar iframe exactly as tall as its content: Zendesk does not size app iframes by itself, and a
 * fixed height either clips the prompts or leaves a gap under them.
 */
export function useAutoResize(client: ZafClient, element: HTMLElement | null) {
  useEffect(() => {
    if (!element || typeof ResizeObserver === 'undefined') return
    let lastHeight = -1
    let frame = 0
    const report = () => {
      frame = 0
      const height = Math.ceil(element.getBoundingClientRect().height)
      if (height === lastHeight) return
      lastHeight = height
      client.invoke('resize', { width: '100%', height: `${height}px` }).catch(() => undefined)
    }
    const observer = new ResizeObserver(() => {
      if (!frame) frame = requestAnimationFrame(report)
    })
    observer.observe(element)
    report()
    return () => {
      observer.disconnect()
      if (frame) cancelAnimationFrame(frame)
    }
  }, [client, element])
}
