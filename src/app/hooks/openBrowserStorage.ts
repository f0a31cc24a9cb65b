/**
 * A frame's first read of localStorage or of sessionStorage is a synchronous round trip to the browser, which
 * loads that storage area: in a CPU profile of a loaded machine the sidebar's first ready render spent 80 ms
 * blocked in the first sessionStorage read (the dismissed prompts). Each is read once at the first idle moment
 * instead (while ZAF answers the handshake, or while the first requests are out), so that wait never holds up a
 * message or a render; the values are read where they are used.
 */
export function openBrowserStorageWhenIdle(): void {
  const open = () => {
    for (const storage of ['localStorage', 'sessionStorage'] as const) {
      try {
        window[storage].getItem('rapport')
      } catch {
        // Storage the browser refuses is handled where it is used.
      }
    }
  }
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(open, { timeout: 1_000 })
  else setTimeout(open, 0)
}
