/**
 * Scoring throughput: Rapport's reading (cleaning + readSentiment) against the raw `sentiment` package over the
 * same texts in the same run — the development sets when ../shared/data is there, the cleaning fixtures otherwise.
 * Goal: no worse than 2× raw `sentiment`.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import Sentiment from 'sentiment'
import { readSentiment } from '../../../src/insight/sentiment/readSentiment'
import { cleanCustomerText } from '../../../src/insight/text/cleanCustomerText'
import { developmentSetsDir, developmentSetsPresent } from '../../eval/developmentSets'
import { readLabelledTexts } from '../../eval/labelledTexts'
import type { BenchSuite } from '../run'

const rounds = 7

function benchTexts(): { source: string; texts: string[] } {
  if (developmentSetsPresent) {
    const files = readdirSync(developmentSetsDir).filter((name) => name.endsWith('.tsv'))
    const texts = files.flatMap((name) => readLabelledTexts(resolve(developmentSetsDir, name)).map((row) => row.text))
    return { source: 'development sets', texts }
  }
  const fixtures = resolve(import.meta.dirname, '../../insight/text/fixtures')
  const texts = readdirSync(fixtures)
    .filter((name) => !name.includes('.expected.'))
    .map((name) => readFileSync(resolve(fixtures, name), 'utf8'))
  return {
    source: 'cleaning fixtures (development sets absent)',
    texts: Array.from({ length: 200 }, () => texts).flat()
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

/** Milliseconds of CPU this process has used (user + system): unlike the wall clock, not inflated by other load. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

/**
 * Times one pass of each scorer per round, the scorers interleaved, so load from other processes hits them
 * alike; the ratio is taken per round and its median reported. Each pass is timed in CPU time, because on a
 * shared machine the wall clock also counts the time the process waited for a core.
 */
function interleavedPasses(texts: string[], scorers: Array<(text: string) => number>): number[][] {
  let sink = 0
  for (const score of scorers) for (const text of texts) sink += score(text)
  const times = scorers.map(() => [] as number[])
  for (let round = 0; round < rounds; round++) {
    scorers.forEach((score, index) => {
      const start = cpuMs()
      for (const text of texts) sink += score(text)
      times[index]!.push(cpuMs() - start)
    })
  }
  if (Number.isNaN(sink)) throw new Error('a scorer returned NaN')
  return times
}

const raw = new Sentiment()

async function run(): Promise<string[]> {
  const { source, texts } = benchTexts()
  const [rawTimes = [], rapportTimes = [], readOnlyTimes = []] = interleavedPasses(texts, [
    (text) => raw.analyze(text).score,
    (text) => readSentiment(cleanCustomerText(text)).score,
    (text) => readSentiment(text).score
  ])
  const ratio = (times: number[]) => median(times.map((time, round) => time / rawTimes[round]!))
  const perText = (times: number[]) => `${((median(times) * 1000) / texts.length).toFixed(1)} µs/text`
  return [
    `${texts.length} texts from the ${source}; ${rounds} interleaved rounds after a warm-up, medians of CPU time`,
    `raw sentiment:               ${median(rawTimes).toFixed(1)} ms a pass (${perText(rawTimes)})`,
    `rapport cleaning + reading:  ${median(rapportTimes).toFixed(1)} ms a pass (${perText(rapportTimes)})  ratio ${ratio(rapportTimes).toFixed(2)}× (goal ≤ 2×)`,
    `rapport reading only:        ${median(readOnlyTimes).toFixed(1)} ms a pass (${perText(readOnlyTimes)})  ratio ${ratio(readOnlyTimes).toFixed(2)}×`
  ]
}

const suite: BenchSuite = { name: 'sentiment scoring', run }
export default suite
