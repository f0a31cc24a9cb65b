/**
 * `npm run proof`: the promises of issue 12 checked on generated input, with the figures printed as a Markdown
 * report (also written to test-results/proof.md). Needs `npm run build && npm run build:host` for the browser
 * parts. Exits 1 when any promise is broken.
 *
 *   tsx test/proof/run.ts [--only fuzz|xss|faults|companion] [--runs N]
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { budgetBreach, callBudgetMs, type CallTimes } from './callBudget'
import { proveFaultRecovery, faultFailure } from './faults/faultsInBrowser'
import { fuzzAnalyzeRelationship } from './fuzz/fuzzAnalyzeRelationship'
import { fuzzZendeskPayloads } from './fuzz/fuzzZendeskPayloads'
import { proveNoScriptRuns, xssFailure } from './xss/xssInBrowser'

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    fault: { type: 'string' },
    target: { type: 'string' },
    runs: { type: 'string', default: '10000' },
    seed: { type: 'string' }
  }
})
const runs = Number(values.runs)
// A fixed seed by default, so a failure in CI is reproduced with the same command; --seed tries other inputs.
const seed = values.seed === undefined ? 20261202 : Number(values.seed)

interface Outcome {
  name: string
  failure: string | null
  lines: string[]
}

const timesRow = (what: string, times: CallTimes) =>
  `| ${what} | ${times.calls} | ${times.maxMs.toFixed(1)} | ${(times.totalMs / Math.max(1, times.calls)).toFixed(2)} | ` +
  `${times.overBudget} | ${times.confirmedOverBudget} | ${times.warmupMaxMs.toFixed(1)} |`
const timesHeader = [
  `| calls | cases | max ms | mean ms | first run > ${callBudgetMs} ms | every re-run > ${callBudgetMs} ms | warm-up max ms |`,
  '| --- | --- | --- | --- | --- | --- | --- |'
]

async function fuzz(): Promise<Outcome[]> {
  const outcomes: Outcome[] = []
  try {
    const figures = await fuzzZendeskPayloads(runs, seed)
    const breach = budgetBreach(figures.payloadsParsed)
    const errors = Object.entries(figures.errors).map(([kind, count]) => `${kind} ${count}`)
    outcomes.push({
      name: 'Zendesk payloads (parsing boundary and loader)',
      failure: breach,
      lines: [
        ...timesHeader,
        timesRow('payload through every response schema', figures.payloadsParsed),
        timesRow('sidebar load (fake SDK, fake clock; reported, not held to the budget)', figures.loads),
        '',
        `Loads ending in a history: ${figures.histories} (each analysed and checked); in a typed error: ${errors.join(', ')}.`,
        `Settings objects parsed: ${figures.settingsParsed}, all in range. Console lines written: ${figures.consoleCalls}.`
      ]
    })
  } catch (error) {
    outcomes.push({ name: 'Zendesk payloads (parsing boundary and loader)', failure: String(error), lines: [] })
  }
  try {
    const figures = fuzzAnalyzeRelationship(runs, seed)
    outcomes.push({
      name: 'analyzeRelationship',
      failure: budgetBreach(figures.texts) ?? budgetBreach(figures.histories),
      lines: [
        ...timesHeader,
        timesRow('random text as the open ticket (plain or HTML)', figures.texts),
        timesRow('random history with random settings', figures.histories),
        '',
        `Every insight bounded (scorecard 1–10, tone in [-1, 1], ≤ 3 prompts, counts whole and ordered, phrase parameters finite). Console lines written: ${figures.consoleCalls}.`
      ]
    })
  } catch (error) {
    outcomes.push({ name: 'analyzeRelationship', failure: String(error), lines: [] })
  }
  return outcomes
}

async function xss(): Promise<Outcome> {
  const figures = await proveNoScriptRuns()
  return {
    name: 'XSS corpus in chromium',
    failure: xssFailure(figures),
    lines: [
      `${figures.payloads} payloads × ${figures.fieldsPerRequester} fields, ${figures.visits} sidebar visits (a third with payloads in settings).`,
      `Script executions: ${figures.scriptExecutions}; dialogs: ${figures.dialogs}; javascript:/data: URLs rendered: ${figures.javascriptUrls}; ` +
        `event-handler attributes: ${figures.handlerAttributes}; injected elements: ${figures.injectedElements}.`,
      `Payloads seen as text: ${figures.payloadsShownInSidebar}/${figures.payloads} in the sidebar, ${figures.payloadsShownOnHostPage}/${figures.payloads} on the host page.`,
      `Detector check (a payload planted as markup is caught): ${figures.canaryCaught ? 'caught' : 'MISSED'}.`,
      ...figures.findings.slice(0, 10).map((finding) => `- ${finding}`)
    ]
  }
}

async function faults(): Promise<Outcome> {
  const figures = await proveFaultRecovery({ fault: values.fault, target: values.target }, (line) =>
    process.stdout.write(`  ${line}\n`)
  )
  return {
    name: 'Fault injection end to end',
    failure: faultFailure(figures),
    lines: [
      '| fault | target | requests failed | shown | honest | recovered |',
      '| --- | --- | --- | --- | --- | --- |',
      ...figures.cases.map(
        (row) =>
          `| ${row.fault} | ${row.target} | ${row.failedRequests} | ${row.shown} | ${row.honest ? 'yes' : 'NO'} | ${row.recovered ? 'yes' : 'NO'} |`
      )
    ]
  }
}

const stages: Record<string, () => Promise<Outcome | Outcome[]>> = { fuzz, xss, faults }

const outcomes: Outcome[] = []
for (const [name, stage] of Object.entries(stages)) {
  if (values.only !== undefined && values.only !== name) continue
  const started = performance.now()
  process.stdout.write(`proof: ${name}…\n`)
  try {
    outcomes.push(...[await stage()].flat())
  } catch (error) {
    outcomes.push({ name, failure: error instanceof Error ? (error.stack ?? error.message) : String(error), lines: [] })
  }
  process.stdout.write(`proof: ${name} done in ${((performance.now() - started) / 1000).toFixed(0)} s\n`)
}

const report = [
  `# Proof suite (${runs} cases per fuzz, seed ${seed}, ${new Date().toISOString()})`,
  '',
  ...outcomes.flatMap(({ name, failure, lines }) => [
    `## ${name}: ${failure === null ? 'kept' : 'BROKEN'}`,
    '',
    ...(failure === null ? [] : [`**${failure}**`, '']),
    ...lines,
    ''
  ])
].join('\n')
const resultsDir = resolve(import.meta.dirname, '../../test-results')
mkdirSync(resultsDir, { recursive: true })
writeFileSync(resolve(resultsDir, 'proof.md'), report)
process.stdout.write(`\n${report}`)
process.exit(outcomes.some((outcome) => outcome.failure !== null) ? 1 : 0)
