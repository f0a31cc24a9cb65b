/**
 * A frame's first read of localStorage or of sessionStorage is a synchronous round trip to the browser, which
 * loads that storage area: in a CPU profile of a loaded machine the sidebar's first ready render spent 80 ms
 * blocked in the first sessionStorage read (the dismissed prompts). Reading each once while the history is still
 * loading moves that wait to where nothing is waiting on the main thread; the values are read where they are used.
 */
export function openBrowserStorage(): void {
  for (const storage of ['localStorage', 'sessionStorage'] as const) {
    try {
      window[storage].getItem('rapport')
    } catch {
      // Storage the browser refuses is handled where it is used.
    }
  }
}
