import { useEffect } from 'react'
import type { ZafClient } from '../../zendesk'

/**
 * Keeps the sidebar iframe exactly as tall as its content: Zendesk does not size app iframes by itself, and a
 * fixed height either clips the prompts or leaves a gap under them.
 */
export function useAutoResize(client: ZafClient, element: HTMLElement | null) {
  useEffect(() => {
    if (!element) return
    let lastHeight = -1
    let frame = 0
    const report = () => {
      frame = 0
      const height = Math.ceil(element.getBoundingClientRect().height)
      if (height === lastHeight) return
      lastHeight = height
      client.invoke('resize', { width: '100%', height: `${height}px` }).catch(() => undefined)
    }
    report()
    // Without ResizeObserver (very old browsers, jsdom) the first measurement is all we can offer.
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(() => {
      if (!frame) frame = requestAnimationFrame(report)
    })
    observer.observe(element)
    return () => {
      observer.disconnect()
      if (frame) cancelAnimationFrame(frame)
    }
  }, [client, element])
}
