import { readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { readSentiment } from '../../src/insight/sentiment/readSentiment'
import { cleanCustomerText } from '../../src/insight/text/cleanCustomerText'
import { readLabelledTexts } from './labelledTexts'
const dir = '/work/shared/data/sentiment'
const texts = readdirSync(dir).filter(n=>n.endsWith('.tsv')).flatMap(n=>readLabelledTexts(resolve(dir,n)).map(r=>r.text))
let sink = 0
for (let r = 0; r < 4; r++) { const t = performance.now(); for (const x of texts) sink += readSentiment(cleanCustomerText(x)).score; console.log((performance.now()-t).toFixed(0)) }
console.log(sink)
