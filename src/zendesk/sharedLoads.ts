/**
 * Loads of the same requester and ticket that overlap share one set of requests (React StrictMode mounts
 * twice; an agent clicks "retry" twice). Each caller can still cancel on its own: the shared work is only
 * aborted when every caller has left.
 */
import { abortError, type LoadProgress } from './zendeskError'

interface Flight<T> {
  result: Promise<T>
  controller: AbortController
  callers: number
  progressListeners: Set<(progress: LoadProgress) => void>
  /** The latest progress, told to a caller who joins later (a preview already shown elsewhere, a wait). */
  lastProgress: LoadProgress | null
}

export type SharedWork<T> = (signal: AbortSignal, onProgress: (progress: LoadProgress) => void) => Promise<T>

export function createSharedLoads<T>() {
  const flights = new Map<string, Flight<T>>()

  function start(key: string, work: SharedWork<T>): Flight<T> {
    const flight: Flight<T> = {
      result: Promise.resolve() as Promise<T>,
      controller: new AbortController(),
      callers: 0,
      progressListeners: new Set(),
      lastProgress: null
    }
    const onProgress = (progress: LoadProgress) => {
      flight.lastProgress = progress
      flight.progressListeners.forEach((listener) => listener(progress))
    }
    flight.result = work(flight.controller.signal, onProgress).finally(() => {
      if (flights.get(key) === flight) flights.delete(key)
    })
    // The shared promise may reject after every caller left; nobody is listening then.
    flight.result.catch(() => undefined)
    flights.set(key, flight)
    return flight
  }

  return function join(
    key: string,
    work: SharedWork<T>,
    { signal, onProgress }: { signal?: AbortSignal; onProgress?: (progress: LoadProgress) => void }
  ): Promise<T> {
    if (signal?.aborted) return Promise.reject(abortError(signal))
    const existing = flights.get(key)
    const flight = existing && !existing.controller.signal.aborted ? existing : start(key, work)
    flight.callers += 1
    if (onProgress) flight.progressListeners.add(onProgress)
    const missed = flight.lastProgress
    if (onProgress && missed) queueMicrotask(() => flight.progressListeners.has(onProgress) && onProgress(missed))

    return new Promise<T>((resolve, reject) => {
      let left = false
      const leave = () => {
        if (left) return false
        left = true
        signal?.removeEventListener('abort', onAbort)
        if (onProgress) flight.progressListeners.delete(onProgress)
        flight.callers -= 1
        return true
      }
      const onAbort = () => {
        if (!leave()) return
        if (flight.callers === 0) flight.controller.abort(signal?.reason)
        reject(abortError(signal as AbortSignal))
      }
      signal?.addEventListener('abort', onAbort, { once: true })
      flight.result.then(
        (value) => {
          if (leave()) resolve(value)
        },
        (error: unknown) => {
          if (leave()) reject(error)
        }
      )
    })
  }
}
