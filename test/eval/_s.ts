import { readSentiment } from '../../src/insight/sentiment/readSentiment'
import { cleanCustomerText } from '../../src/insight/text/cleanCustomerText'
for (const t of process.argv.slice(2)) {
  const r = readSentiment(cleanCustomerText(t))
  console.log(r.label, r.score.toFixed(2), JSON.stringify(r.cues), '|', t)
}
