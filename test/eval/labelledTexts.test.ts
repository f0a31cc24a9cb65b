import { describe, expect, it } from 'vitest'
import { parseLabelledTexts } from './labelledTexts'

describe('parseLabelledTexts', () => {
  it('reads label and text, with or without a gold score', () => {
    const tsv = 'label\tscore\ttext\nnegative\t\tNot good.\npositive\t3.5\tGreat &amp; fast\n'
    expect(parseLabelledTexts(tsv)).toEqual([
      { label: 'negative', text: 'Not good.' },
      { label: 'positive', text: 'Great &amp; fast' }
    ])
  })

  it('rejects a file without the expected header or with an unknown label', () => {
    expect(() => parseLabelledTexts('text\tlabel\nfoo\tbar')).toThrow(/header/)
    expect(() => parseLabelledTexts('label\tscore\ttext\nangry\t\tgrr')).toThrow(/unknown label "angry"/)
  })
})
