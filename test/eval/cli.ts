/**
 * `npm run eval -- [--held-out | --tuning] <file.tsv>…`: one JSON line per file with the figures of Rapport's
 * sentiment reading, the raw `sentiment` package and VADER on the same rows.
 */
import { basename } from 'node:path'
import { evaluateFile } from './evaluateFile'
import type { Split } from './heldOut'

const args = process.argv.slice(2)
const split: Split = args.includes('--held-out') ? 'heldOut' : args.includes('--tuning') ? 'tuning' : 'all'
const files = args.filter((arg) => !arg.startsWith('--'))

if (files.length === 0) {
  console.error('usage: npm run eval -- [--held-out | --tuning] <file.tsv>…')
  process.exit(2)
}

for (const file of files) {
  const report = evaluateFile(file, split)
  console.log(JSON.stringify({ ...report, file: basename(file) }))
}
