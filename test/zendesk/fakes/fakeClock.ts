/**
 * A hand-driven Clock: sleeping registers a timer and nothing moves until the test advances time, so Retry-After,
 * backoff and timeouts are tested without waiting for real.
 */
import type { Clock } from '../../../src/zendesk/clock'

interface Timer {
  at: number
  resolve: () => void
}

export interface FakeClock extends Clock {
  /** Every sleep asked for, in ms, in order (retry waits and request timers alike). */
  readonly sleeps: number[]
  pendingTimers(): number
  /** Fires the earliest pending timer, moving time to it; false if there is none. */
  fireNextTimer(): boolean
  /** Moves time forward (an agent coming back later), firing the timers that fall due. */
  advanceBy(ms: number): void
}

export function createFakeClock(start: number): FakeClock {
  let now = start
  const timers: Timer[] = []
  const sleeps: number[] = []

  return {
    sleeps,
    now: () => now,
    sleep(ms, signal) {
      sleeps.push(ms)
      return new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason)
        const timer: Timer = { at: now + ms, resolve }
        timers.push(timer)
        signal?.addEventListener(
          'abort',
          () => {
            // A timer that already fired is gone: splice(-1) would drop another sleeper's timer instead.
            const index = timers.indexOf(timer)
            if (index >= 0) timers.splice(index, 1)
            reject(signal.reason)
          },
          { once: true }
        )
      })
    },
    pendingTimers: () => timers.length,
    fireNextTimer() {
      if (timers.length === 0) return false
      timers.sort((a, b) => a.at - b.at)
      const timer = timers.shift() as Timer
      now = Math.max(now, timer.at)
      timer.resolve()
      return true
    },
    advanceBy(ms) {
      now += ms
      timers.sort((a, b) => a.at - b.at)
      while (timers[0] !== undefined && timers[0].at <= now) timers.shift()?.resolve()
    }
  }
}

/** Lets every pending promise chain run (the fakes answer in microtasks), without any real delay. */
export async function flushPromises(): Promise<void> {
  for (let round = 0; round < 3; round += 1) await new Promise<void>((resolve) => setImmediate(resolve))
}

/**
 * Drives `promise` to completion: runs what is ready, and only when everything is waiting on time, fires the
 * next timer. Fails if nothing can move (a bug would otherwise hang the test).
 */
export async function settle<T>(promise: Promise<T>, clock: FakeClock): Promise<T> {
  let settled = false
  const watched = promise.then(
    (value) => {
      settled = true
      return value
    },
    (error: unknown) => {
      settled = true
      throw error
    }
  )
  watched.catch(() => undefined)
  for (let steps = 0; steps < 10_000; steps += 1) {
    await flushPromises()
    if (settled) return watched
    if (!clock.fireNextTimer()) throw new Error('settle: the load is stuck with no timer to fire')
  }
  throw new Error('settle: too many steps')
}
