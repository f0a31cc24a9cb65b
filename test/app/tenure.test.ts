import { describe, expect, it } from 'vitest'
import { tenureParts } from '../../src/app/components/tenure'

describe('tenureParts', () => {
  it('reads as an agent would say it', () => {
    expect(tenureParts(0)).toEqual({ unit: 'new', count: 0 })
    expect(tenureParts(12)).toEqual({ unit: 'days', count: 12 })
    expect(tenureParts(59)).toEqual({ unit: 'days', count: 59 })
    expect(tenureParts(61)).toEqual({ unit: 'months', count: 2 })
    expect(tenureParts(364)).toEqual({ unit: 'months', count: 11 })
    expect(tenureParts(365 * 3 + 20)).toEqual({ unit: 'years', count: 3 })
  })

  it('treats impossible tenures (clock skew, bad dates) as new', () => {
    expect(tenureParts(-5)).toEqual({ unit: 'new', count: 0 })
    expect(tenureParts(Number.NaN)).toEqual({ unit: 'new', count: 0 })
  })
})
