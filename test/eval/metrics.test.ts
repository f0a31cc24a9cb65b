import { describe, expect, it } from 'vitest'
import { balancedAccuracy, coverage, coveredAccuracy, macroF1, rocAuc, type Prediction } from './metrics'

const row = (gold: Prediction['gold'], label: Prediction['label'], score: number): Prediction => ({
  gold,
  label,
  score
})

describe('balancedAccuracy', () => {
  it('averages the recall of negative and positive rows and ignores neutral rows', () => {
    // negatives: 1 of 2 right; positives: 3 of 3 right → (0.5 + 1) / 2
    const rows = [
      row('negative', 'negative', -0.5),
      row('negative', 'positive', 0.2),
      row('positive', 'positive', 0.9),
      row('positive', 'positive', 0.1),
      row('positive', 'neutral', 0),
      row('neutral', 'negative', -1)
    ]
    expect(balancedAccuracy(rows)).toBeCloseTo(0.75)
  })

  it('calls a score of exactly 0 positive, like the published baselines', () => {
    expect(balancedAccuracy([row('negative', 'neutral', 0), row('positive', 'neutral', 0)])).toBe(0.5)
  })

  it('counts an abstention as wrong for either class', () => {
    expect(balancedAccuracy([row('negative', 'unknown', 0), row('positive', 'unknown', 0)])).toBe(0)
  })
})

describe('rocAuc', () => {
  it('is 1 when every positive outranks every negative and 0.5 when all tie', () => {
    expect(rocAuc([row('negative', 'negative', -1), row('positive', 'positive', 1)])).toBe(1)
    expect(rocAuc([row('negative', 'neutral', 0), row('positive', 'neutral', 0)])).toBe(0.5)
  })

  it('counts ties as half and scores abstentions 0', () => {
    // pairs (positive, negative): 0.4 beats -0.2 and 0; the abstention (0) beats -0.2 and ties 0 → 3.5 / 4
    const rows = [
      row('positive', 'positive', 0.4),
      row('positive', 'unknown', 0.9),
      row('negative', 'negative', -0.2),
      row('negative', 'neutral', 0)
    ]
    expect(rocAuc(rows)).toBeCloseTo(3.5 / 4)
  })
})

describe('coverage and coveredAccuracy', () => {
  it('measure the share answered and the three-class accuracy of the answered rows', () => {
    const rows = [
      row('negative', 'negative', -0.5),
      row('neutral', 'positive', 0.3),
      row('positive', 'unknown', 0),
      row('positive', 'positive', 0.7)
    ]
    expect(coverage(rows)).toBe(0.75)
    expect(coveredAccuracy(rows)).toBeCloseTo(2 / 3)
  })
})

describe('macroF1', () => {
  it('averages the F1 of the three classes, abstentions counting as misses', () => {
    const rows = [
      row('negative', 'negative', -1), // negative: tp 1, predicted 1, actual 2 → 2/3
      row('negative', 'unknown', 0),
      row('neutral', 'neutral', 0), // neutral: tp 1, predicted 2, actual 1 → 2/3
      row('positive', 'neutral', 0) // positive: tp 0, predicted 0, actual 1 → 0
    ]
    expect(macroF1(rows)).toBeCloseTo((2 / 3 + 2 / 3 + 0) / 3)
  })
})
