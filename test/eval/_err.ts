import { readLabelledTexts } from './labelledTexts'
import { readSentiment } from '../../src/insight/sentiment/readSentiment'
import { cleanCustomerText } from '../../src/insight/text/cleanCustomerText'
for (const f of process.argv.slice(2))
  for (const row of readLabelledTexts(f)) {
    const r = readSentiment(cleanCustomerText(row.text))
    if (r.label !== row.label)
      console.log(
        `${row.label[0]}→${r.label[0]} ${r.score.toFixed(2)} ${row.text.slice(0, 260)} || ${r.cues.map((c) => c.kind[0] + ':' + c.text + '=' + c.weight).join(', ')}`
      )
  }
