/**
 * Caps how many Zendesk requests one load has in flight, so opening a ticket never bursts against the
 * account-wide rate limit (every app and integration of the account shares it).
 */
export type RequestLimiter = <T>(task: () => Promise<T>) => Promise<T>

export function createRequestLimiter(maxInFlight: number): RequestLimiter {
  let inFlight = 0
  const waiting: Array<() => void> = []

  // A finished task hands its slot straight to the next waiter, so a newcomer cannot slip in between.
  const release = () => {
    const next = waiting.shift()
    if (next) next()
    else inFlight -= 1
  }

  return async (task) => {
    if (inFlight >= maxInFlight) await new Promise<void>((resolve) => waiting.push(resolve))
    else inFlight += 1
    try {
      return await task()
    } finally {
      release()
    }
  }
}
