import { readLabelledTexts } from './labelledTexts'
import { isHeldOut } from './heldOut'
import { readSentiment } from '../../src/insight/sentiment/readSentiment'
import { cleanCustomerText } from '../../src/insight/text/cleanCustomerText'
const want = process.argv[3]
for (const row of readLabelledTexts(process.argv[2]!)) {
  if (isHeldOut(row.text)) continue
  const r = readSentiment(cleanCustomerText(row.text))
  if (r.label !== row.label && `${row.label}>${r.label}` === want)
    console.log(
      `${r.score.toFixed(2)} ${row.text.slice(0, 160)} || ${r.cues
        .slice(0, 5)
        .map((c) => c.kind[0] + ':' + c.text + '=' + c.weight)
        .join(', ')}`
    )
}
