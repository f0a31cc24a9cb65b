/** Scores every row of one labelled file with each scorer and computes their figures. */
import { inSplit, type Split } from './heldOut'
import { readLabelledTexts, type SkippedRow } from './labelledTexts'
import { scorerFigures, type ScorerFigures } from './metrics'
import { scorers } from './scorers'

export interface FileReport {
  file: string
  split?: Split
  n: number
  rapport: ScorerFigures
  sentiment: ScorerFigures
  vader: ScorerFigures
}

function rounded(figures: ScorerFigures): ScorerFigures {
  const round = (value: number) => Math.round(value * 1000) / 1000
  return {
    balancedAccuracy: round(figures.balancedAccuracy),
    auc: round(figures.auc),
    coverage: round(figures.coverage),
    coveredAccuracy: round(figures.coveredAccuracy),
    macroF1: round(figures.macroF1),
    negativeReadNegative: round(figures.negativeReadNegative),
    negativeReadPositive: round(figures.negativeReadPositive),
    neutralReadPositive: round(figures.neutralReadPositive)
  }
}

export function evaluateFile(file: string, split: Split = 'all', onSkip?: (row: SkippedRow) => void): FileReport {
  const rows = readLabelledTexts(file, onSkip).filter((row) => inSplit(row.text, split))
  const figuresOf = (scorer: (typeof scorers)[keyof typeof scorers]) =>
    rounded(scorerFigures(rows.map((row) => ({ gold: row.label, ...scorer(row.text) }))))
  return {
    file,
    ...(split === 'all' ? {} : { split }),
    n: rows.length,
    rapport: figuresOf(scorers.rapport),
    sentiment: figuresOf(scorers.sentiment),
    vader: figuresOf(scorers.vader)
  }
}
