/**
 * The demo host's fault spec: one string, used in the page URL (`?faults=...`), the page's fault control, the
 * `X-Rapport-Faults` request header and the server's `--faults` option, parsed here and nowhere else.
 *
 *   spec   = rule *( "," rule )
 *   rule   = target ":" fault [ "x" count ] [ "=" value ]
 *   target = "tickets" | "ticket" | "comments" | "user" | "organization" | "all"
 *   fault  = "latency"    value = milliseconds from the request to its answer, the fake API's own work included (required)
 *          | "timeout"    value = milliseconds before a 504; without it the request is never answered
 *          | "malformed"  a 200 whose JSON body is cut in half
 *          | 400–599      that status with a Zendesk error body; for 429 value = Retry-After seconds (default 1)
 *   count  = how many matching requests get the fault, then they succeed; without it, every request does
 *
 * Examples: `tickets:429x2`, `tickets:429x2=30`, `comments:500x1`, `user:malformed`, `all:latency=800`,
 * `comments:timeout`, `organization:403`.
 * Targets: `tickets` = requester ticket pages, `ticket` = one ticket, `comments`, `user` (the user and its related counts), `organization`.
 */

export const faultTargets = ['tickets', 'ticket', 'comments', 'user', 'organization', 'all'] as const
export type FaultTarget = (typeof faultTargets)[number]
export type FaultEndpoint = Exclude<FaultTarget, 'all'>

export type Fault =
  | { kind: 'latency'; milliseconds: number }
  | { kind: 'timeout'; milliseconds: number | null }
  | { kind: 'malformed' }
  | { kind: 'status'; status: number; retryAfterSeconds: number | null }

export interface FaultRule {
  target: FaultTarget
  fault: Fault
  /** How many matching requests get the fault; null = all of them. */
  times: number | null
}

export type FaultSpecResult = { ok: true; value: FaultRule[] } | { ok: false; error: string }

const rulePattern = /^([a-z]+):(latency|timeout|malformed|\d{3})(?:x(\d+))?(?:=(\d+))?$/

export function parseFaultSpec(spec: string): FaultSpecResult {
  const rules: FaultRule[] = []
  for (const rawRule of spec.split(',')) {
    const text = rawRule.trim()
    if (text === '') continue
    const match = rulePattern.exec(text)
    if (!match) {
      return {
        ok: false,
        error: `"${text}" is not a fault rule (expected target:fault[xN][=value], e.g. tickets:429x2)`
      }
    }
    const [, target = '', name = '', countText, valueText] = match
    if (!(faultTargets as readonly string[]).includes(target)) {
      return { ok: false, error: `"${text}": unknown target "${target}" (one of ${faultTargets.join(', ')})` }
    }
    const times = countText === undefined ? null : Number(countText)
    if (times === 0) return { ok: false, error: `"${text}": a count must be at least 1` }
    const value = valueText === undefined ? null : Number(valueText)
    const fault = readFault(name, value)
    if (typeof fault === 'string') return { ok: false, error: `"${text}": ${fault}` }
    rules.push({ target: target as FaultTarget, fault, times })
  }
  return { ok: true, value: rules }
}

function readFault(name: string, value: number | null): Fault | string {
  if (name === 'latency') {
    return value === null ? 'latency needs milliseconds, e.g. latency=800' : { kind: 'latency', milliseconds: value }
  }
  if (name === 'timeout') return { kind: 'timeout', milliseconds: value }
  if (name === 'malformed') return value === null ? { kind: 'malformed' } : 'malformed takes no value'
  const status = Number(name)
  if (status < 400 || status > 599) return `status ${status} is not an error status (400–599)`
  if (status !== 429 && value !== null) return 'only 429 takes a value (Retry-After seconds)'
  return { kind: 'status', status, retryAfterSeconds: status === 429 ? (value ?? 1) : null }
}

export function formatFaultRule(rule: FaultRule): string {
  const count = rule.times === null ? '' : `x${rule.times}`
  const { fault } = rule
  switch (fault.kind) {
    case 'latency':
      return `${rule.target}:latency${count}=${fault.milliseconds}`
    case 'timeout':
      return `${rule.target}:timeout${count}${fault.milliseconds === null ? '' : `=${fault.milliseconds}`}`
    case 'malformed':
      return `${rule.target}:malformed${count}`
    case 'status':
      return `${rule.target}:${fault.status}${count}${fault.status === 429 ? `=${fault.retryAfterSeconds ?? 1}` : ''}`
  }
}

export function formatFaultSpec(rules: FaultRule[]): string {
  return rules.map(formatFaultRule).join(',')
}

export function ruleApplies(rule: FaultRule, endpoint: FaultEndpoint): boolean {
  return rule.target === 'all' || rule.target === endpoint
}
