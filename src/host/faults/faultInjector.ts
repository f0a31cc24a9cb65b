import { parseFaultSpec, ruleApplies, type Fault, type FaultEndpoint, type FaultRule } from './faultSpec'

export type FaultFailure = Exclude<Fault, { kind: 'latency' }>

export interface FaultDecision {
  latencyMilliseconds: number
  failure: FaultFailure | null
}

export type FaultDecisionResult = { ok: true; value: FaultDecision } | { ok: false; error: string }

/** Scopes kept before the oldest is forgotten; one scope per sidebar instance, so this is plenty for a demo. */
const maxScopes = 500

/**
 * Decides, request by request, which fault of a spec applies. "429x2" means the first two matching requests of a
 * scope fail; the page scopes by sidebar instance, so every ticket it opens meets the faults afresh, as a test
 * expects. Holds the never-answered requests so shutdown can release them.
 */
export class FaultInjector {
  private readonly usage = new Map<string, number[]>()
  private readonly shutdown = new AbortController()

  constructor(private readonly defaultSpec: string = '') {}

  /** Aborted when the server stops: requests held by a `timeout` fault end then. */
  get shutdownSignal(): AbortSignal {
    return this.shutdown.signal
  }

  releaseHeldRequests(): void {
    this.shutdown.abort()
  }

  decide(endpoint: FaultEndpoint, spec: string | null, scope: string | null): FaultDecisionResult {
    const specText = spec ?? this.defaultSpec
    if (specText.trim() === '') return { ok: true, value: { latencyMilliseconds: 0, failure: null } }
    const parsed = parseFaultSpec(specText)
    if (!parsed.ok) return parsed
    const used = this.usageFor(`${scope ?? 'server'}|${specText}`, parsed.value.length)
    let latencyMilliseconds = 0
    let failure: FaultFailure | null = null
    parsed.value.forEach((rule, index) => {
      if (!ruleApplies(rule, endpoint) || !hasTurnsLeft(rule, used[index] ?? 0)) return
      if (rule.fault.kind === 'latency') {
        latencyMilliseconds += rule.fault.milliseconds
        used[index] = (used[index] ?? 0) + 1
      } else if (failure === null) {
        failure = rule.fault
        used[index] = (used[index] ?? 0) + 1
      }
    })
    return { ok: true, value: { latencyMilliseconds, failure } }
  }

  private usageFor(key: string, ruleCount: number): number[] {
    let used = this.usage.get(key)
    if (!used) {
      used = new Array<number>(ruleCount).fill(0)
      this.usage.set(key, used)
      if (this.usage.size > maxScopes) {
        const oldest = this.usage.keys().next().value
        if (oldest !== undefined) this.usage.delete(oldest)
      }
    }
    return used
  }
}

function hasTurnsLeft(rule: FaultRule, used: number): boolean {
  return rule.times === null || used < rule.times
}
