/**
 * Resolves once the browser has run the tasks queued so far. A postMessage to another frame (every ZAF request)
 * is only sent when the task that posted it ends, so work done right after a request in the same task (parsing a
 * page, analysing and rendering a preview) holds the request back: a CPU trace of the 300-ticket view showed the
 * second ticket page reaching the parent frame 76 ms late, behind the first preview. A message on a fresh channel
 * is queued behind those sends, so awaiting it lets them go first. Outside a browser page (Node, the companion)
 * there is no frame to post to and nothing to wait for.
 */
export function yieldToBrowser(): Promise<void> {
  if (typeof window === 'undefined' || typeof MessageChannel !== 'function') return Promise.resolve()
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}
