/**
 * The figures `npm run eval` prints for one scorer over one labelled file. Abstentions (label 'unknown') count as
 * wrong everywhere and score 0 for the AUC, so a scorer cannot look better by refusing hard rows.
 */
import type { GoldLabel } from './labelledTexts'

export type PredictedLabel = GoldLabel | 'unknown'

export interface Prediction {
  gold: GoldLabel
  label: PredictedLabel
  score: number
}

export interface ScorerFigures {
  balancedAccuracy: number
  auc: number
  coverage: number
  coveredAccuracy: number
  macroF1: number
  /** Share of the negative rows read negative / read positive, and of the neutral rows read positive (the targets). */
  negativeReadNegative: number
  negativeReadPositive: number
  neutralReadPositive: number
}

/**
 * Mean of the recalls of the negative and positive rows; neutral rows are left out. The call is binary, from the
 * score's sign with 0 counted as positive (how the published baselines for the development sets were computed),
 * and an abstention is wrong for either class.
 */
export function balancedAccuracy(predictions: Prediction[]): number {
  const polarityOf = (row: Prediction) =>
    row.label === 'unknown' ? 'unknown' : row.score >= 0 ? 'positive' : 'negative'
  const recalls = (['negative', 'positive'] as const).flatMap((label) => {
    const rows = predictions.filter((row) => row.gold === label)
    return rows.length === 0 ? [] : [rows.filter((row) => polarityOf(row) === label).length / rows.length]
  })
  return recalls.length === 0 ? 0 : recalls.reduce((sum, recall) => sum + recall, 0) / recalls.length
}

/** ROC AUC of the score separating positive from negative rows: P(positive outranks negative), ties half. */
export function rocAuc(predictions: Prediction[]): number {
  const polar = predictions
    .filter((row) => row.gold !== 'neutral')
    .map((row) => ({ positive: row.gold === 'positive', score: row.label === 'unknown' ? 0 : row.score }))
    .sort((a, b) => a.score - b.score)
  const positives = polar.filter((row) => row.positive).length
  const negatives = polar.length - positives
  if (positives === 0 || negatives === 0) return 0.5
  // Mann-Whitney U with average ranks for ties.
  let positiveRankSum = 0
  for (let start = 0; start < polar.length;) {
    let end = start
    while (end + 1 < polar.length && polar[end + 1]!.score === polar[start]!.score) end++
    const averageRank = (start + end) / 2 + 1
    for (let i = start; i <= end; i++) if (polar[i]!.positive) positiveRankSum += averageRank
    start = end + 1
  }
  return (positiveRankSum - (positives * (positives + 1)) / 2) / (positives * negatives)
}

export function coverage(predictions: Prediction[]): number {
  if (predictions.length === 0) return 0
  return predictions.filter((row) => row.label !== 'unknown').length / predictions.length
}

/** Three-class accuracy over the rows the scorer did not abstain on. */
export function coveredAccuracy(predictions: Prediction[]): number {
  const covered = predictions.filter((row) => row.label !== 'unknown')
  return covered.length === 0 ? 0 : covered.filter((row) => row.label === row.gold).length / covered.length
}

/** Mean F1 of the three gold classes; a class absent from both gold and predictions is left out. */
export function macroF1(predictions: Prediction[]): number {
  const scores = (['negative', 'neutral', 'positive'] as const).flatMap((label) => {
    const truePositives = predictions.filter((row) => row.gold === label && row.label === label).length
    const predicted = predictions.filter((row) => row.label === label).length
    const actual = predictions.filter((row) => row.gold === label).length
    if (predicted === 0 && actual === 0) return []
    return [(2 * truePositives) / (predicted + actual)]
  })
  return scores.length === 0 ? 0 : scores.reduce((sum, score) => sum + score, 0) / scores.length
}

/** Share of the rows of gold class `gold` given label `label` (0 when the class has no rows). */
export function readAs(predictions: Prediction[], gold: GoldLabel, label: PredictedLabel): number {
  const rows = predictions.filter((row) => row.gold === gold)
  return rows.length === 0 ? 0 : rows.filter((row) => row.label === label).length / rows.length
}

export function scorerFigures(predictions: Prediction[]): ScorerFigures {
  return {
    negativeReadNegative: readAs(predictions, 'negative', 'negative'),
    negativeReadPositive: readAs(predictions, 'negative', 'positive'),
    neutralReadPositive: readAs(predictions, 'neutral', 'positive'),
    balancedAccuracy: balancedAccuracy(predictions),
    auc: rocAuc(predictions),
    coverage: coverage(predictions),
    coveredAccuracy: coveredAccuracy(predictions),
    macroF1: macroF1(predictions)
  }
}
