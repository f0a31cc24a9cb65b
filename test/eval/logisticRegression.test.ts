import { describe, expect, it } from 'vitest'
import { fitLogisticRegression, type TrainingRow } from './logisticRegression'

describe('fitLogisticRegression', () => {
  const options = { sparseCount: 3, denseCount: 1, epochs: 50, learningRate: 0.5, l2: 0, fitBias: false }
  // Feature 0 marks positive rows, feature 1 negative rows, feature 2 appears in both.
  const rows: TrainingRow[] = [
    { features: [0, 2], dense: [0], target: 1, weight: 1 },
    { features: [1, 2], dense: [0], target: 0, weight: 1 },
    { features: [0], dense: [1], target: 1, weight: 1 },
    { features: [1], dense: [-1], target: 0, weight: 1 }
  ]

  it('gives a feature of positive rows a positive weight and of negative rows a negative one', () => {
    const model = fitLogisticRegression(rows, options)
    expect(model.sparse[0]).toBeGreaterThan(0.5)
    expect(model.sparse[1]).toBeLessThan(-0.5)
    expect(Math.abs(model.sparse[2]!)).toBeLessThan(Math.abs(model.sparse[0]!))
    expect(model.dense[0]).toBeGreaterThan(0)
  })

  it('shrinks weights under an L2 penalty and is deterministic', () => {
    const free = fitLogisticRegression(rows, options)
    const penalised = fitLogisticRegression(rows, { ...options, l2: 0.5 })
    expect(Math.abs(penalised.sparse[0]!)).toBeLessThan(Math.abs(free.sparse[0]!))
    expect(fitLogisticRegression(rows, options)).toEqual(free)
  })
})
