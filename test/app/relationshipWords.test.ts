/**
 * Issue 10: the trend's reason line names the windows the direction really compares (the recent window against
 * the baseline before it), not every point of the sparkline, in every locale.
 */
import { describe, expect, it } from 'vitest'
import type { SentimentReading, SentimentTrend, TrendDirection } from '../../src/insight'
import { toneWords } from '../../src/app/components/relationshipWords'
import { loadCatalogue, supportedLocales } from '../../src/app/i18n/locales'
import { createTranslate } from '../../src/app/i18n/translate'

const negativeNow: SentimentReading = { score: -0.6, label: 'negative', confidence: 0.8, language: 'en', cues: [] }

function trend(direction: TrendDirection, recentCount: number, baselineCount: number): SentimentTrend {
  const points = Array.from({ length: recentCount + baselineCount }, (_, index) => ({
    ticketId: 1000 + index,
    createdAt: new Date(Date.UTC(2025, 0, 1 + index)).toISOString(),
    score: 0,
    label: 'neutral' as const
  }))
  return { direction, recent: -0.6, baseline: 0.2, recentCount, baselineCount, slope: -0.1, points }
}

async function translateFor(locale: string) {
  const { catalogue } = await loadCatalogue(locale)
  return createTranslate(locale, catalogue)
}

describe('toneWords', () => {
  it('names the two windows compared, not every point of the trend', async () => {
    const translate = await translateFor('en')
    expect(toneWords({ currentSentiment: negativeNow, trend: trend('declining', 2, 6) }, translate)).toBe(
      'Reads negative, and the last 2 tickets read lower than the 6 before'
    )
    expect(toneWords({ currentSentiment: negativeNow, trend: trend('improving', 1, 1) }, translate)).toBe(
      'Reads negative, and the last ticket reads higher than the one before'
    )
    expect(toneWords({ currentSentiment: negativeNow, trend: trend('steady', 1, 2) }, translate)).toBe(
      'Reads negative, and the last ticket reads like the 2 before'
    )
  })

  it('says only the tone when there is no direction yet', async () => {
    const translate = await translateFor('en')
    expect(toneWords({ currentSentiment: negativeNow, trend: trend('unknown', 1, 0) }, translate)).toBe(
      'Reads negative'
    )
  })

  it.each(supportedLocales)('%s: gives both window sizes, filled, for every direction', async (locale) => {
    const translate = await translateFor(locale)
    const lines = (['improving', 'steady', 'declining'] as const).flatMap((direction) => [
      {
        line: toneWords({ currentSentiment: negativeNow, trend: trend(direction, 2, 7) }, translate),
        numbers: ['2', '7']
      },
      { line: toneWords({ currentSentiment: negativeNow, trend: trend(direction, 1, 5) }, translate), numbers: ['5'] }
    ])
    for (const { line, numbers } of lines) {
      expect(line).not.toMatch(/\{\{|\}\}/)
      for (const number of numbers) expect(line).toContain(number)
      // The old wording counted every point: 9 and 6 are the totals, which no window has.
      expect(line).not.toMatch(/\b(9|6)\b/)
    }
    // The three directions read differently.
    const declining = toneWords({ currentSentiment: negativeNow, trend: trend('declining', 2, 7) }, translate)
    const improving = toneWords({ currentSentiment: negativeNow, trend: trend('improving', 2, 7) }, translate)
    const steady = toneWords({ currentSentiment: negativeNow, trend: trend('steady', 2, 7) }, translate)
    expect(new Set([declining, improving, steady]).size).toBe(3)
  })
})
