/**
 * Reads a labelled sentiment file: UTF-8 TSV with header `label\tscore\ttext`, label negative/neutral/positive,
 * score optional (the source's gold number, unused by the metrics).
 */
import { readFileSync } from 'node:fs'

export type GoldLabel = 'negative' | 'neutral' | 'positive'

export interface LabelledText {
  label: GoldLabel
  text: string
}

const goldLabels: ReadonlySet<string> = new Set(['negative', 'neutral', 'positive'])

export function parseLabelledTexts(tsv: string): LabelledText[] {
  const lines = tsv.split(/\r?\n/)
  const header = lines[0]?.trim()
  if (header !== 'label\tscore\ttext') throw new Error(`expected header "label\\tscore\\ttext", got "${header ?? ''}"`)
  const rows: LabelledText[] = []
  lines.slice(1).forEach((line, index) => {
    if (line.trim() === '') return
    const [label = '', , ...textParts] = line.split('\t')
    if (!goldLabels.has(label)) throw new Error(`line ${index + 2}: unknown label "${label}"`)
    rows.push({ label: label as GoldLabel, text: textParts.join('\t') })
  })
  return rows
}

export function readLabelledTexts(file: string): LabelledText[] {
  return parseLabelledTexts(readFileSync(file, 'utf8'))
}
