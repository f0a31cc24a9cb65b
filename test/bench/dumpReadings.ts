/**
 * `tsx test/bench/dumpReadings.ts [out]`: every reading Rapport gives the development sets, the support fixtures
 * and the cleaning fixtures, one line per text (cleaned text, score, label, confidence, language, cues), written to
 * test-results/readings-dump.txt. A speed change must leave this file byte-identical; a rule change should move only
 * the lines it names. Sets that must stay unread (the blind sets' unseen halves, the frozen set) are dumped as a
 * hash per row, so a diff counts their changed rows without showing a text or a reading.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { readSentiment } from '../../src/insight/sentiment/readSentiment'
import { cleanCustomerText } from '../../src/insight/text/cleanCustomerText'
import { developmentSetsDir } from '../eval/developmentSets'

const root = resolve(import.meta.dirname, '../..')
const out = resolve(root, process.argv[2] ?? 'test-results/readings-dump.txt')
const supportFixtures = resolve(root, 'test/eval/fixtures')
const cleaningFixtures = resolve(root, 'test/insight/text/fixtures')
const unread = (name: string) => name.includes('unseen') || name.includes('frozen')

function readingLine(cleaned: string): string {
  const reading = readSentiment(cleaned)
  const cues = reading.cues.map((cue) => `${cue.kind}:${cue.text}:${cue.weight}`).join(' | ')
  return [JSON.stringify(cleaned), reading.score, reading.label, reading.confidence, reading.language, cues].join('\t')
}

/** The text column of a TSV whatever its other columns (the Spanish set has `language`, not `label`/`score`). */
function textsOf(file: string): string[] {
  const [header = '', ...rows] = readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
  const column = header.split('\t').indexOf('text')
  return rows.filter((row) => row.trim() !== '').map((row) => row.split('\t').slice(column).join('\t'))
}

const lines: string[] = []
const tsvFiles = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.tsv'))
    .sort()
    .map((name) => ({ dir, name }))
for (const { dir, name } of [...tsvFiles(developmentSetsDir), ...tsvFiles(supportFixtures)]) {
  textsOf(resolve(dir, name)).forEach((text, index) => {
    const line = readingLine(cleanCustomerText(text))
    const shown = unread(name) ? createHash('sha256').update(line).digest('hex').slice(0, 16) : line
    lines.push(`${name}:${index + 1}\t${shown}`)
  })
}
for (const name of readdirSync(cleaningFixtures).sort()) {
  if (name.includes('.expected.')) continue
  const raw = readFileSync(resolve(cleaningFixtures, name), 'utf8')
  lines.push(`${name}\t${readingLine(name.endsWith('.html') ? cleanCustomerText('', raw) : cleanCustomerText(raw))}`)
}
mkdirSync(dirname(out), { recursive: true })
writeFileSync(out, lines.join('\n') + '\n')
console.log(`${lines.length} readings: ${out}`)
