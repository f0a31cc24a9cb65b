/**
 * `npm run eval -- [--held-out | --tuning] <file.tsv>…`: one JSON line per file with the figures of Rapport's
 * sentiment reading, the raw `sentiment` package and VADER on the same rows. A file that cannot be read gets a
 * one-line message on stderr and the others are still evaluated; the exit code is 1 when any file failed. Text
 * taken from a file is printed with its control characters escaped (see printable.ts).
 */
import { basename } from 'node:path'
import { evaluateFile } from './evaluateFile'
import type { Split } from './heldOut'
import { printable } from './printable'

const args = process.argv.slice(2)
const split: Split = args.includes('--held-out') ? 'heldOut' : args.includes('--tuning') ? 'tuning' : 'all'
const files = args.filter((arg) => !arg.startsWith('--'))

if (files.length === 0) {
  console.error('usage: npm run eval -- [--held-out | --tuning] <file.tsv>…')
  process.exit(2)
}

let failed = 0
for (const file of files) {
  try {
    const report = evaluateFile(file, split, (row) =>
      console.error(`${printable(basename(file))}: line ${row.line} left out: ${row.reason}`)
    )
    console.log(JSON.stringify({ ...report, file: printable(basename(file)) }))
  } catch (error) {
    failed++
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message
    console.error(`${printable(file)}: not evaluated: ${printable(reason)}`)
  }
}
process.exitCode = failed > 0 ? 1 : 0
