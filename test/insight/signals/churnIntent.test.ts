import { describe, expect, it } from 'vitest'
import { churnIntent } from '../../../src/insight/signals/churnIntent'

describe('churnIntent', () => {
  it('finds words of leaving in English and Spanish, whole words only', () => {
    expect(churnIntent(['If this is not fixed I will cancel my subscription and ask for a REFUND.'])).toEqual([
      'cancel my subscription',
      'refund'
    ])
    expect(churnIntent(['Quiero darme de baja del servicio.'])).toEqual(['darme de baja'])
    expect(churnIntent(['The refunded amount arrived, thanks.'])).toEqual([])
  })

  it('reads smart apostrophes like straight ones', () => {
    expect(churnIntent(['We won’t renew next year.'])).toEqual(["won't renew"])
  })

  it('lists each term once across messages', () => {
    expect(churnIntent(['refund please', 'I said refund'])).toEqual(['refund'])
    expect(churnIntent([])).toEqual([])
  })
})
