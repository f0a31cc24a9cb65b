/**
 * The ≤ 100 ms per call promise, measured rather than asserted per call: every call is timed, the proof reports
 * the slowest and how many went over, and fails only on a clear breach.
 *
 * Why not fail on one slow call: CI runs on two shared cores, where a major garbage collection (the fuzz
 * allocates megabytes of text) or a neighbour's build can stretch any call past any budget — on this project's
 * machine, under a load average of 20, a history of no tickets once took 88 ms and re-ran in under 1 ms. So a
 * call over budget is run again `confirmationRuns` times on the same input, and counts as a breach only when
 * even its fastest run is over budget: an input that is really slow (a quadratic path) is slow every time. The
 * proof fails when more than `allowedConfirmedOverBudget` calls are confirmed, or one confirmed call takes ten
 * times the budget.
 */
export const confirmationRuns = 3
export const callBudgetMs = 100
export const allowedConfirmedOverBudget = 5
export const breachMs = 10 * callBudgetMs
/**
 * The first calls of a fresh process run unoptimised code (V8 compiles hot functions after some hundreds of
 * calls): they are timed apart as warm-up, because a sidebar pays that once per browser tab, not per ticket.
 */
export const warmupCalls = 100

export interface CallTimes {
  /** Timed calls, after the warm-up. */
  calls: number
  warmupCalls: number
  /** The slowest warm-up call, reported but never held to the budget. */
  warmupMaxMs: number
  /** The slowest first run of any call. */
  maxMs: number
  /** Calls whose first run went over the budget. */
  overBudget: number
  /** Of those, the ones whose every re-run went over it too. */
  confirmedOverBudget: number
  /** The slowest confirmed call (the fastest of its runs). */
  maxConfirmedMs: number
  totalMs: number
}

/** `now` is injectable so the timer's own tests need no real slow calls. */
export function createCallTimer(warmup = warmupCalls, now: () => number = () => performance.now()) {
  const times: CallTimes = {
    calls: 0,
    warmupCalls: 0,
    warmupMaxMs: 0,
    maxMs: 0,
    overBudget: 0,
    confirmedOverBudget: 0,
    maxConfirmedMs: 0,
    totalMs: 0
  }

  async function measure<T>(call: () => T | Promise<T>): Promise<{ result: T; ms: number }> {
    const started = now()
    const result = await call()
    return { result, ms: now() - started }
  }

  function measureSync<T>(call: () => T): { result: T; ms: number } {
    const started = now()
    const result = call()
    return { result, ms: now() - started }
  }

  /** Books one call; `again` times the re-runs of the same input (their fastest), asked for only when over budget. */
  function book(ms: number, again: () => number): void {
    if (times.warmupCalls < warmup) {
      times.warmupCalls += 1
      times.warmupMaxMs = Math.max(times.warmupMaxMs, ms)
      return
    }
    times.calls += 1
    times.totalMs += ms
    times.maxMs = Math.max(times.maxMs, ms)
    if (ms <= callBudgetMs) return
    times.overBudget += 1
    const confirmedMs = Math.min(ms, again())
    if (confirmedMs <= callBudgetMs) return
    times.confirmedOverBudget += 1
    times.maxConfirmedMs = Math.max(times.maxConfirmedMs, confirmedMs)
  }

  return {
    times,
    /** Runs `call` (pure: it may be run twice) and hands back its result. */
    time<T>(call: () => T): T {
      const { result, ms } = measureSync(call)
      book(ms, () => {
        let fastest = Number.POSITIVE_INFINITY
        for (let run = 0; run < confirmationRuns; run += 1) fastest = Math.min(fastest, measureSync(call).ms)
        return fastest
      })
      return result
    },
    /** Same for an async call; `call` must build everything it needs afresh each time it is run. */
    async timeAsync<T>(call: () => Promise<T>): Promise<T> {
      const { result, ms } = await measure(call)
      let againMs = Number.POSITIVE_INFINITY
      if (times.warmupCalls >= warmup && ms > callBudgetMs) {
        for (let run = 0; run < confirmationRuns; run += 1) againMs = Math.min(againMs, (await measure(call)).ms)
      }
      book(ms, () => againMs)
      return result
    }
  }
}

/** Null when the times keep the budget; otherwise the sentence that says how they broke it. */
export function budgetBreach(times: CallTimes): string | null {
  if (times.confirmedOverBudget > allowedConfirmedOverBudget) {
    return `${times.confirmedOverBudget} calls over ${callBudgetMs} ms on every run (at most ${allowedConfirmedOverBudget} allowed)`
  }
  if (times.maxConfirmedMs > breachMs)
    return `a call took ${times.maxConfirmedMs.toFixed(0)} ms on every run (over ${breachMs} ms)`
  return null
}
