import { describe, expect, it } from 'vitest'
import { formatFaultSpec, parseFaultSpec, ruleApplies, type FaultRule } from '../../../src/host/faults/faultSpec'

const parsed = (spec: string): FaultRule[] => {
  const result = parseFaultSpec(spec)
  if (!result.ok) throw new Error(result.error)
  return result.value
}

describe('parseFaultSpec', () => {
  it('reads the example from the brief', () => {
    expect(parsed('tickets:429x2,comments:500x1,user:malformed,all:latency=800')).toEqual([
      { target: 'tickets', fault: { kind: 'status', status: 429, retryAfterSeconds: 1 }, times: 2 },
      { target: 'comments', fault: { kind: 'status', status: 500, retryAfterSeconds: null }, times: 1 },
      { target: 'user', fault: { kind: 'malformed' }, times: null },
      { target: 'all', fault: { kind: 'latency', milliseconds: 800 }, times: null }
    ])
  })

  it('takes Retry-After seconds as the value of a 429', () => {
    expect(parsed('tickets:429x3=30')).toEqual([
      { target: 'tickets', fault: { kind: 'status', status: 429, retryAfterSeconds: 30 }, times: 3 }
    ])
  })

  it('reads a timeout that never answers, and one that answers 504 after some milliseconds', () => {
    expect(parsed('comments:timeout, organization:timeoutx1=5000')).toEqual([
      { target: 'comments', fault: { kind: 'timeout', milliseconds: null }, times: null },
      { target: 'organization', fault: { kind: 'timeout', milliseconds: 5000 }, times: 1 }
    ])
  })

  it('reads any error status, and an empty spec as no faults', () => {
    expect(parsed('ticket:403,user:404x1')).toMatchObject([
      { target: 'ticket', fault: { status: 403 } },
      { target: 'user', fault: { status: 404 }, times: 1 }
    ])
    expect(parsed('')).toEqual([])
    expect(parsed(' , ')).toEqual([])
  })

  it.each([
    ['tickets', 'is not a fault rule'],
    ['tickets:teapot', 'is not a fault rule'],
    ['tickts:500', 'unknown target "tickts"'],
    ['tickets:200', 'not an error status'],
    ['tickets:latency', 'latency needs milliseconds'],
    ['tickets:500x0', 'at least 1'],
    ['tickets:500=3', 'only 429 takes a value'],
    ['user:malformed=1', 'malformed takes no value']
  ])('rejects %s, saying why', (spec, reason) => {
    const result = parseFaultSpec(spec)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toContain(reason)
  })

  it('formats rules back into a spec that parses to the same rules', () => {
    const spec =
      'tickets:429x2=5,comments:500x1,user:malformed,organization:timeout,ticket:timeoutx1=100,all:latency=800'
    expect(formatFaultSpec(parsed(spec))).toBe(spec)
    expect(parsed(formatFaultSpec(parsed(spec)))).toEqual(parsed(spec))
  })
})

describe('ruleApplies', () => {
  it('matches its own endpoint, and `all` matches every endpoint', () => {
    const [comments, all] = parsed('comments:500,all:latency=10') as [FaultRule, FaultRule]
    expect(ruleApplies(comments, 'comments')).toBe(true)
    expect(ruleApplies(comments, 'tickets')).toBe(false)
    expect(
      (['tickets', 'ticket', 'comments', 'user', 'organization'] as const).every((endpoint) =>
        ruleApplies(all, endpoint)
      )
    ).toBe(true)
  })
})
