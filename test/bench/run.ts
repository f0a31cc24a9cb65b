/**
 * `npm run bench [-- <suite name>…]`: runs every suite in test/bench/suites, prints its lines and writes them
 * all as one Markdown report (test-results/bench-report.md, or `--report <path>`). Suites report figures as
 * ratios against a baseline measured in the same run, because these machines are noisy.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { dirname, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

export interface BenchSuite {
  name: string
  run: () => Promise<string[]> | string[]
}

const root = resolve(import.meta.dirname, '../..')
const suitesDir = resolve(import.meta.dirname, 'suites')
const args = process.argv.slice(2)
const reportFlag = args.indexOf('--report')
const reportPath = resolve(root, reportFlag >= 0 ? (args[reportFlag + 1] ?? '') : 'test-results/bench-report.md')
const only = args.filter((arg, index) => !arg.startsWith('--') && (reportFlag < 0 || index !== reportFlag + 1))

function commit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim()
  } catch {
    return 'unknown'
  }
}

const report = [
  '# Rapport benchmarks',
  '',
  `${new Date().toISOString()} · commit ${commit()} · Node ${process.version} · ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}`,
  '',
  'Every figure is beside its baseline or budget from the same run.'
]
for (const file of readdirSync(suitesDir)
  .filter((name) => name.endsWith('.ts'))
  .sort()) {
  const { default: suite } = (await import(pathToFileURL(resolve(suitesDir, file)).href)) as { default: BenchSuite }
  if (only.length > 0 && !only.some((name) => suite.name.includes(name))) continue
  console.log(`\n## ${suite.name}`)
  const lines = await suite.run()
  for (const line of lines) console.log(line)
  report.push('', `## ${suite.name}`, '', ...lines)
}
mkdirSync(dirname(reportPath), { recursive: true })
writeFileSync(reportPath, report.join('\n') + '\n')
console.log(`\nReport: ${reportPath}`)
