/**
 * `npx tsx test/eval/trainLearnedWeights.ts`: fits the learned layer of Rapport's tone reading on the tuning
 * split of the development sets (the held-out fifth is never seen) and writes
 * src/insight/sentiment/lexicon/learnedWeights.json. Logistic regression on top of the rule score: the rules
 * stay the backbone, the learned word weights correct them where the corpora disagree.
 */
import { readdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { learnedFeatureKeys } from '../../src/insight/sentiment/learnedFeatures'
import { ruleTone } from '../../src/insight/sentiment/ruleTone'
import { tokenizeForSentiment } from '../../src/insight/sentiment/tokenizeForSentiment'
import { cleanCustomerText } from '../../src/insight/text/cleanCustomerText'
import { developmentSetsDir } from './developmentSets'
import { isHeldOut } from './heldOut'
import { readLabelledTexts } from './labelledTexts'
import { fitLogisticRegression, type TrainingRow } from './logisticRegression'

const minimumRows = Number(process.env.MIN_ROWS ?? 5)
const keep = Number(process.env.KEEP ?? 2500)
const l2 = Number(process.env.L2 ?? 1e-3)
const epochs = Number(process.env.EPOCHS ?? 8)
/** The rule sum enters the model divided by this, so its weight reads on the logit scale. */
const rulesScale = 4

interface Example {
  keys: string[]
  rules: number
  target: 0 | 1
  weight: number
  /** Which development set the row comes from. */
  set: number
}

/**
 * How close each corpus is to support text. Film and editorial snippets judge works and events, not a service the
 * writer uses; they count less than product reviews, dialogue turns and short social posts.
 */
function relevance(file: string): number {
  return /movie|nyt|imdb/.test(file) ? Number(process.env.FAR ?? 0.5) : 1
}

function examplesOf(file: string, set: number): Example[] {
  const polar = readLabelledTexts(file).filter((row) => row.label !== 'neutral' && !isHeldOut(row.text))
  const counts = { negative: 0, positive: 0 }
  for (const row of polar) counts[row.label as 'negative' | 'positive']++
  // Each set weighs in proportion to its size up to a cap, each class half of its set.
  const setWeight = Math.min(polar.length, 3000) * relevance(file)
  return polar.map((row) => {
    const tokens = tokenizeForSentiment(cleanCustomerText(row.text))
    const tone = ruleTone(tokens)
    const label = row.label as 'negative' | 'positive'
    return {
      keys: learnedFeatureKeys(tokens),
      rules: tone.sum / rulesScale,
      target: label === 'positive' ? 1 : 0,
      weight: setWeight / (2 * counts[label]),
      set
    }
  })
}

const files = readdirSync(developmentSetsDir)
  .filter((name) => name.endsWith('.tsv'))
  .sort()
  .map((name) => resolve(developmentSetsDir, name))
const examples = files.flatMap((file, set) => examplesOf(file, set))
const meanWeight = examples.reduce((sum, example) => sum + example.weight, 0) / examples.length
for (const example of examples) example.weight /= meanWeight

const rowsPerKey = new Map<string, number>()
for (const example of examples) for (const key of example.keys) rowsPerKey.set(key, (rowsPerKey.get(key) ?? 0) + 1)

/**
 * Words whose lean holds across corpora: at least `agreeingSets` development sets, each with enough rows of the
 * word, lean the same way (smoothed log-odds beyond `minimumLean`) and none leans the other way. A word that
 * means praise in film reviews only ("plot", "cast") will not mean it in a support ticket; this keeps the learned
 * layer to general evidence.
 */
const agreeingSets = Number(process.env.AGREE ?? 0)
const minimumLean = Number(process.env.LEAN ?? 0.4)
const minimumSetRows = 3

function crossCorpusWords(): Set<string> {
  const perSet = files.map(() => new Map<string, { positive: number; negative: number }>())
  const totals = files.map(() => ({ positive: 0, negative: 0 }))
  for (const example of examples) {
    const side = example.target === 1 ? 'positive' : 'negative'
    totals[example.set]![side]++
    for (const key of example.keys) {
      const counts = perSet[example.set]!.get(key) ?? { positive: 0, negative: 0 }
      counts[side]++
      perSet[example.set]!.set(key, counts)
    }
  }
  const kept = new Set<string>()
  for (const key of rowsPerKey.keys()) {
    let agree = 0
    let disagree = 0
    let overall = 0
    const leans = perSet.flatMap((counts, set) => {
      const entry = counts.get(key)
      if (!entry || entry.positive + entry.negative < minimumSetRows) return []
      const total = totals[set]!
      const lean =
        Math.log((entry.positive + 0.5) / (total.positive + 1)) -
        Math.log((entry.negative + 0.5) / (total.negative + 1))
      return Math.abs(lean) >= minimumLean ? [Math.sign(lean)] : []
    })
    for (const lean of leans) overall += lean
    for (const lean of leans) {
      if (lean === Math.sign(overall)) agree++
      else disagree++
    }
    if (agree >= agreeingSets && disagree === 0) kept.add(key)
  }
  return kept
}

function fit(vocabulary: string[]) {
  const indexOf = new Map(vocabulary.map((key, index) => [key, index]))
  const rows: TrainingRow[] = examples.map((example) => ({
    features: example.keys.flatMap((key) => (indexOf.has(key) ? [indexOf.get(key)!] : [])),
    dense: [example.rules],
    target: example.target,
    weight: example.weight
  }))
  return fitLogisticRegression(rows, {
    sparseCount: vocabulary.length,
    denseCount: 1,
    epochs,
    learningRate: 0.1,
    l2,
    fitBias: process.env.BIAS === '1'
  })
}

const general = agreeingSets > 0 ? crossCorpusWords() : new Set(rowsPerKey.keys())
const candidates = [...rowsPerKey].filter(([key, rows]) => rows >= minimumRows && general.has(key)).map(([key]) => key)
const first = fit(candidates)
const strongest = candidates
  .map((key, index) => ({ key, strength: Math.abs(first.sparse[index]!) * Math.sqrt(rowsPerKey.get(key)!) }))
  .sort((a, b) => b.strength - a.strength)
  .slice(0, keep)
  .map(({ key }) => key)
  .sort()
const model = fit(strongest)
const round = (value: number) => Math.round(value * 100) / 100
const words: Record<string, number> = {}
strongest.forEach((key, index) => {
  const weight = round(model.sparse[index]!)
  if (weight !== 0) words[key] = weight
})

const output = {
  $comment:
    'Generated by test/eval/trainLearnedWeights.ts from the tuning split of the development sets; do not edit by hand. ' +
    'z = rulesWeight * ruleSum / rulesScale + bias + sum of the weights of the words read (~word: inside a negation scope); score = tanh(z / 2).',
  rulesScale,
  rulesWeight: round(model.dense[0]!),
  bias: round(model.bias),
  words
}
const target = resolve(import.meta.dirname, '../../src/insight/sentiment/lexicon/learnedWeights.json')
writeFileSync(target, JSON.stringify(output) + '\n')
console.log(
  `${examples.length} rows, ${candidates.length} candidate words, kept ${Object.keys(words).length}; ` +
    `rulesWeight ${output.rulesWeight}, bias ${output.bias} → ${target}`
)
