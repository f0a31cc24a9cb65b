import { wordRoles } from '../../src/insight/sentiment/lexicon/sentimentLexicon'
import { evaluateFile } from './evaluateFile'
if (process.argv.includes('--rules-only')) for (const role of wordRoles.values()) { role.learned = 0; role.learnedNegated = 0 }
for (const f of process.argv.slice(2).filter(a => !a.startsWith('--'))) {
  const r = evaluateFile(f)
  const x = r.rapport
  console.log(`${f.split('/').pop()} n=${r.n} R ${x.balancedAccuracy.toFixed(3)}/${x.macroF1.toFixed(3)} nn=${x.negativeReadNegative} np=${x.negativeReadPositive} up=${x.neutralReadPositive} | S ${r.sentiment.balancedAccuracy.toFixed(3)}/${r.sentiment.macroF1.toFixed(3)} V ${r.vader.balancedAccuracy.toFixed(3)}/${r.vader.macroF1.toFixed(3)}`)
}
