/**
 * `npm run bench`: runs every suite in test/bench/suites and prints its lines. Suites report figures as
 * ratios against a baseline measured in the same run, because these machines are noisy.
 */
import { readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

export interface BenchSuite {
  name: string
  run: () => Promise<string[]> | string[]
}

const suitesDir = resolve(import.meta.dirname, 'suites')
const only = process.argv.slice(2)

for (const file of readdirSync(suitesDir)
  .filter((name) => name.endsWith('.ts'))
  .sort()) {
  const { default: suite } = (await import(pathToFileURL(resolve(suitesDir, file)).href)) as { default: BenchSuite }
  if (only.length > 0 && !only.some((name) => suite.name.includes(name))) continue
  console.log(`\n## ${suite.name}`)
  for (const line of await suite.run()) console.log(line)
}
