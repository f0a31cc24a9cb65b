import { readLabelledTexts } from './labelledTexts'
import { readSentiment } from '../../src/insight/sentiment/readSentiment'
import { cleanCustomerText } from '../../src/insight/text/cleanCustomerText'
const kinds = new Set(['sarcasm', 'scareQuote', 'rhetorical', 'bareFact'])
const tally: Record<string, number[]> = {}
const show = process.argv.includes('--show')
for (const f of process.argv.slice(2).filter((a) => !a.startsWith('--')))
  for (const row of readLabelledTexts(f)) {
    const r = readSentiment(cleanCustomerText(row.text))
    const fired = r.cues.filter((c) => kinds.has(c.kind))
    for (const c of fired) {
      const t = (tally[c.kind] ??= [0, 0, 0])
      t[row.label === 'negative' ? 0 : row.label === 'neutral' ? 1 : 2]!++
    }
    if (show && fired.length && row.label !== 'negative')
      console.log(row.label, r.label, fired.map((c) => c.kind + ':' + c.text).join(','), '|', row.text.slice(0, 200))
  }
console.log(JSON.stringify(tally))
