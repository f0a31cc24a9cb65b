/**
 * The scorers compared by `npm run eval`: Rapport's reading, the raw `sentiment` package (AFINN sum, the baseline
 * to beat) and VADER (a second, stronger rule-based baseline). Each maps a text to a label and a score.
 */
import Sentiment from 'sentiment'
import vader from 'vader-sentiment'
import { readSentiment } from '../../src/insight/sentiment/readSentiment'
import { cleanCustomerText } from '../../src/insight/text/cleanCustomerText'
import type { PredictedLabel } from './metrics'

export interface ScorerOutput {
  label: PredictedLabel
  score: number
}

export type Scorer = (text: string) => ScorerOutput

const rawSentiment = new Sentiment()

function labelBySign(score: number, band = 0): PredictedLabel {
  return score > band ? 'positive' : score < -band ? 'negative' : 'neutral'
}

export const scorers: Record<'rapport' | 'sentiment' | 'vader', Scorer> = {
  // Rapport as the sidebar runs it: the customer's words are cleaned (links, quotes, sign-offs) before reading.
  rapport: (text) => {
    const reading = readSentiment(cleanCustomerText(text))
    return { label: reading.label, score: reading.score }
  },
  sentiment: (text) => {
    const { score } = rawSentiment.analyze(text)
    return { label: labelBySign(score), score }
  },
  // VADER's documented thresholds: compound >= 0.05 positive, <= -0.05 negative.
  vader: (text) => {
    const { compound } = vader.SentimentIntensityAnalyzer.polarity_scores(text)
    return { label: compound >= 0.05 ? 'positive' : compound <= -0.05 ? 'negative' : 'neutral', score: compound }
  }
}
