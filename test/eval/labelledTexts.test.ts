import { describe, expect, it } from 'vitest'
import { parseLabelledTexts, type SkippedRow } from './labelledTexts'

describe('parseLabelledTexts', () => {
  it('reads label and text, with or without a gold score', () => {
    const tsv = 'label\tscore\ttext\nnegative\t\tNot good.\npositive\t3.5\tGreat &amp; fast\n'
    expect(parseLabelledTexts(tsv)).toEqual([
      { label: 'negative', text: 'Not good.' },
      { label: 'positive', text: 'Great &amp; fast' }
    ])
  })

  it('reads files other tools wrote: byte-order mark, CRLF, capitalised header and labels', () => {
    const tsv = '\uFEFFLabel\tScore\tText\r\nPositive\t\tGreat, thanks!\r\n NEGATIVE \t-2\tThis is awful\r\n'
    expect(parseLabelledTexts(tsv)).toEqual([
      { label: 'positive', text: 'Great, thanks!' },
      { label: 'negative', text: 'This is awful' }
    ])
  })

  it('rejects a file without the expected header', () => {
    expect(() => parseLabelledTexts('text\tlabel\nfoo\tbar')).toThrow(/header/)
  })

  it('leaves out a row with an unknown label and reports its line, keeping the others', () => {
    const skipped: SkippedRow[] = []
    const rows = parseLabelledTexts('label\tscore\ttext\nangry\t\tgrr\nneutral\t\tok', (row) => skipped.push(row))
    expect(rows).toEqual([{ label: 'neutral', text: 'ok' }])
    expect(skipped).toEqual([{ line: 2, reason: 'unknown label "angry"' }])
  })
})
