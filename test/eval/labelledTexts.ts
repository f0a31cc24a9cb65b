/**
 * Reads a labelled sentiment file: UTF-8 TSV with header `label\tscore\ttext`, label negative/neutral/positive,
 * score optional (the source's gold number, unused by the metrics). Files made by other tools are read as they
 * come: a byte-order mark, CRLF line ends and labels or header in any case are accepted. A row whose label is
 * none of the three is left out and reported, so one bad row does not cost the figures of the whole file.
 */
import { readFileSync } from 'node:fs'
import { printable } from './printable'

export type GoldLabel = 'negative' | 'neutral' | 'positive'

export interface LabelledText {
  label: GoldLabel
  text: string
}

/** A row left out, with its 1-based line number in the file. */
export interface SkippedRow {
  line: number
  reason: string
}

const goldLabels: ReadonlySet<string> = new Set(['negative', 'neutral', 'positive'])
const expectedHeader = 'label\tscore\ttext'

export function parseLabelledTexts(tsv: string, onSkip: (row: SkippedRow) => void = () => {}): LabelledText[] {
  const lines = tsv.replace(/^\uFEFF/, '').split(/\r?\n/)
  const header = (lines[0] ?? '')
    .split('\t')
    .map((cell) => cell.trim().toLowerCase())
    .join('\t')
  if (header !== expectedHeader) {
    throw new Error(
      `expected the header "label<TAB>score<TAB>text", found "${printable((lines[0] ?? '').slice(0, 60))}"`
    )
  }
  const rows: LabelledText[] = []
  lines.slice(1).forEach((line, index) => {
    if (line.trim() === '') return
    const [rawLabel = '', , ...textParts] = line.split('\t')
    const label = rawLabel.trim().toLowerCase()
    if (!goldLabels.has(label)) {
      onSkip({ line: index + 2, reason: `unknown label "${printable(rawLabel.slice(0, 20))}"` })
      return
    }
    rows.push({ label: label as GoldLabel, text: textParts.join('\t') })
  })
  return rows
}

export function readLabelledTexts(file: string, onSkip?: (row: SkippedRow) => void): LabelledText[] {
  return parseLabelledTexts(readFileSync(file, 'utf8'), onSkip)
}
