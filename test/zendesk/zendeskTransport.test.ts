import { describe, expect, it } from 'vitest'
import { backoffMs, defaultRetryPolicy, retryAfterSeconds } from '../../src/zendesk/zendeskTransport'

const now = Date.parse('2025-06-01T12:00:00Z')

describe('retryAfterSeconds', () => {
  it('reads delta-seconds', () => {
    expect(retryAfterSeconds('93', now)).toBe(93)
    expect(retryAfterSeconds(' 0 ', now)).toBe(0)
  })

  it('reads an HTTP date, rounding up, never negative', () => {
    expect(retryAfterSeconds('Sun, 01 Jun 2025 12:00:30 GMT', now)).toBe(30)
    expect(retryAfterSeconds('Sun, 01 Jun 2025 11:00:00 GMT', now)).toBe(0)
  })

  it('gives up on anything else', () => {
    expect(retryAfterSeconds(undefined, now)).toBeNull()
    expect(retryAfterSeconds('soon', now)).toBeNull()
    expect(retryAfterSeconds('-5', now)).toBeNull()
  })
})

describe('backoffMs', () => {
  it('doubles each retry, between half and all of the step', () => {
    expect([1, 2, 3].map((retry) => backoffMs(retry, defaultRetryPolicy, () => 0))).toEqual([250, 500, 1000])
    expect([1, 2, 3].map((retry) => backoffMs(retry, defaultRetryPolicy, () => 1))).toEqual([500, 1000, 2000])
  })

  it('never exceeds the cap', () => {
    expect(backoffMs(20, defaultRetryPolicy, () => 1)).toBe(defaultRetryPolicy.maxBackoffMs)
  })
})
