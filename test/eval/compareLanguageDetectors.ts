/**
 * `npx tsx test/eval/compareLanguageDetectors.ts`: accuracy and speed of tinyld (light and normal), franc-min and
 * eld (extrasmall) on short texts — the support messages in fixtures/short-support-messages.tsv (7 languages) and
 * short English rows (at most 80 characters) of the development sets, where a false "not English" would make
 * Rapport abstain. The figures are copied into src/insight/language/README.md.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { eld } from 'eld/extrasmall'
import { franc } from 'franc-min'
import { detect as tinyldNormal } from 'tinyld'
import { detect as tinyldLight } from 'tinyld/light'
import { developmentSetsDir, developmentSetsPresent } from './developmentSets'

const iso3to1: Record<string, string> = { eng: 'en', spa: 'es', deu: 'de', fra: 'fr', por: 'pt', ita: 'it', nld: 'nl' }

const detectors: Record<string, (text: string) => string> = {
  'tinyld/light': (text) => tinyldLight(text),
  tinyld: (text) => tinyldNormal(text),
  'franc-min': (text) => iso3to1[franc(text, { minLength: 3 })] ?? franc(text, { minLength: 3 }),
  'eld/extrasmall': (text) => eld.detect(text).language
}

const fixture = readFileSync(resolve(import.meta.dirname, 'fixtures/short-support-messages.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [language = '', text = ''] = line.split('\t')
    return { language, text }
  })
const englishRows = developmentSetsPresent
  ? readdirSync(developmentSetsDir)
      .filter((name) => name.endsWith('.tsv'))
      .flatMap((name) => readFileSync(resolve(developmentSetsDir, name), 'utf8').trim().split('\n').slice(1))
      .map((line) => line.split('\t')[2] ?? '')
      .filter((text) => text.length > 0 && text.length <= 80)
      .filter((_, index) => index % 10 === 0)
  : []

for (const [name, detect] of Object.entries(detectors)) {
  const start = performance.now()
  const fixtureRight = fixture.filter((row) => detect(row.text) === row.language).length
  const englishRight = englishRows.filter((text) => detect(text) === 'en').length
  const perText = ((performance.now() - start) * 1000) / (fixture.length + englishRows.length)
  console.log(
    `${name.padEnd(15)} support messages ${fixtureRight}/${fixture.length} (${((100 * fixtureRight) / fixture.length).toFixed(0)}%)` +
      `  short English ${englishRight}/${englishRows.length} (${((100 * englishRight) / Math.max(1, englishRows.length)).toFixed(1)}%)` +
      `  ${perText.toFixed(1)} µs/text`
  )
}
