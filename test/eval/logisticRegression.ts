/**
 * Weighted, L2-regularised logistic regression over sparse binary features, fitted with AdaGrad. Small and
 * deterministic (fixed row order, no randomness), so the committed weights can be reproduced exactly.
 */
export interface TrainingRow {
  /** Indices of the features present (value 1), plus dense inputs. */
  features: number[]
  dense: number[]
  /** 1 positive, 0 negative; a value between is a soft target (½: neither). */
  target: number
  weight: number
}

export interface FittedModel {
  bias: number
  sparse: Float64Array
  dense: Float64Array
}

export interface FitOptions {
  sparseCount: number
  denseCount: number
  epochs: number
  learningRate: number
  /** L2 penalty on the sparse weights per unit of row weight. */
  l2: number
  fitBias: boolean
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z))

export function fitLogisticRegression(rows: TrainingRow[], options: FitOptions): FittedModel {
  const sparse = new Float64Array(options.sparseCount)
  const dense = new Float64Array(options.denseCount)
  const sparseSquares = new Float64Array(options.sparseCount).fill(1e-8)
  const denseSquares = new Float64Array(options.denseCount).fill(1e-8)
  let bias = 0
  let biasSquares = 1e-8
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const row of rows) {
      let z = bias
      for (const index of row.features) z += sparse[index]!
      row.dense.forEach((value, index) => (z += dense[index]! * value))
      const error = (sigmoid(z) - row.target) * row.weight
      for (const index of row.features) {
        const gradient = error + options.l2 * row.weight * sparse[index]!
        sparseSquares[index]! += gradient * gradient
        sparse[index]! -= (options.learningRate * gradient) / Math.sqrt(sparseSquares[index]!)
      }
      row.dense.forEach((value, index) => {
        const gradient = error * value
        denseSquares[index]! += gradient * gradient
        dense[index]! -= (options.learningRate * gradient) / Math.sqrt(denseSquares[index]!)
      })
      if (options.fitBias) {
        biasSquares += error * error
        bias -= (options.learningRate * error) / Math.sqrt(biasSquares)
      }
    }
  }
  return { bias, sparse, dense }
}
