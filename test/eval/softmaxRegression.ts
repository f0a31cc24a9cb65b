/**
 * Weighted, L2-regularised multinomial logistic regression over a few dense inputs, fitted by full-batch gradient
 * descent on standardised inputs (then folded back to the raw scale). Deterministic: no randomness, fixed order,
 * so a committed fit can be reproduced byte for byte.
 */
export interface SoftmaxRow {
  features: ArrayLike<number>
  /** Indices of the binary inputs present (each worth 1, not standardised). */
  present: number[]
  /** Index of the gold class. */
  target: number
  weight: number
}

export interface SoftmaxOptions {
  classes: number
  /** How many binary inputs there are. */
  binaryCount: number
  iterations: number
  learningRate: number
  /** L2 penalty on the (standardised) input weights; biases are not penalised. */
  l2: number
}

/** Per class: the bias, then one weight per dense input, on the raw scale of the inputs; and per binary input. */
export interface SoftmaxModel {
  dense: number[][]
  binary: number[][]
}

export function fitSoftmax(rows: SoftmaxRow[], options: SoftmaxOptions): SoftmaxModel {
  const inputs = rows[0]?.features.length ?? 0
  const totalWeight = rows.reduce((sum, row) => sum + row.weight, 0)
  const mean = new Float64Array(inputs)
  const spread = new Float64Array(inputs)
  for (const row of rows) for (let i = 0; i < inputs; i++) mean[i]! += (row.weight * row.features[i]!) / totalWeight
  for (const row of rows) {
    for (let i = 0; i < inputs; i++) spread[i]! += (row.weight * (row.features[i]! - mean[i]!) ** 2) / totalWeight
  }
  for (let i = 0; i < inputs; i++) spread[i] = Math.sqrt(spread[i]!) || 1
  const standard = rows.map((row) => Array.from(row.features, (value, i) => (value - mean[i]!) / spread[i]!))
  const { classes } = options
  const weights = Array.from({ length: classes }, () => new Float64Array(inputs + 1))
  const binary = Array.from({ length: classes }, () => new Float64Array(options.binaryCount))
  const scores = new Float64Array(classes)
  for (let iteration = 0; iteration < options.iterations; iteration++) {
    const gradient = Array.from({ length: classes }, () => new Float64Array(inputs + 1))
    const binaryGradient = Array.from({ length: classes }, () => new Float64Array(options.binaryCount))
    rows.forEach((row, r) => {
      const x = standard[r]!
      let max = -Infinity
      for (let c = 0; c < classes; c++) {
        let score = weights[c]![0]!
        for (let i = 0; i < inputs; i++) score += weights[c]![i + 1]! * x[i]!
        for (const index of row.present) score += binary[c]![index]!
        scores[c] = score
        max = Math.max(max, score)
      }
      let total = 0
      for (let c = 0; c < classes; c++) total += scores[c] = Math.exp(scores[c]! - max)
      for (let c = 0; c < classes; c++) {
        const error = ((scores[c]! / total - (c === row.target ? 1 : 0)) * row.weight) / totalWeight
        gradient[c]![0]! += error
        for (let i = 0; i < inputs; i++) gradient[c]![i + 1]! += error * x[i]!
        for (const index of row.present) binaryGradient[c]![index]! += error
      }
    })
    for (let c = 0; c < classes; c++) {
      for (let i = 0; i <= inputs; i++) {
        const penalty = i === 0 ? 0 : options.l2 * weights[c]![i]!
        weights[c]![i]! -= options.learningRate * (gradient[c]![i]! + penalty)
      }
      for (let i = 0; i < options.binaryCount; i++) {
        binary[c]![i]! -= options.learningRate * (binaryGradient[c]![i]! + options.l2 * binary[c]![i]!)
      }
    }
  }
  // Back to the raw scale: w·(x − mean)/spread + b = (w/spread)·x + (b − Σ w·mean/spread).
  const dense = weights.map((classWeights) => {
    const raw = [classWeights[0]!]
    for (let i = 0; i < inputs; i++) {
      raw.push(classWeights[i + 1]! / spread[i]!)
      raw[0]! -= (classWeights[i + 1]! * mean[i]!) / spread[i]!
    }
    return raw
  })
  return { dense, binary: binary.map((classWeights) => Array.from(classWeights)) }
}
