import { readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { developmentSetsDir, developmentSetsPresent } from './developmentSets'
import { evaluateFile, type FileReport } from './evaluateFile'

/**
 * Rapport's reading on the held-out fifth of every development set (never used for tuning or training), against
 * the raw `sentiment` package and VADER on the same rows. Needs ../shared/data/sentiment beside the checkout.
 */
if (!developmentSetsPresent) {
  console.warn(
    `Skipping development-set checks: ${developmentSetsDir} is absent (set RAPPORT_SENTIMENT_DATA to point at it).`
  )
}

describe.skipIf(!developmentSetsPresent)(
  'sentiment on the held-out development rows',
  () => {
    const reports: FileReport[] = developmentSetsPresent
      ? readdirSync(developmentSetsDir)
          .filter((name) => name.endsWith('.tsv'))
          .sort()
          .map((name) => evaluateFile(resolve(developmentSetsDir, name), 'heldOut'))
      : []

    it('beats the raw sentiment package on every set', () => {
      for (const report of reports) {
        expect(report.rapport.balancedAccuracy, report.file).toBeGreaterThanOrEqual(report.sentiment.balancedAccuracy)
      }
    })

    it('matches or beats VADER on every set but the tweets VADER was built on (a known gap)', () => {
      for (const report of reports.filter((report) => !report.file.includes('vader-tweets'))) {
        expect(report.rapport.balancedAccuracy, report.file).toBeGreaterThanOrEqual(report.vader.balancedAccuracy)
      }
    })

    it('averages at least 8 points of balanced accuracy above the raw sentiment package', () => {
      const mean = (pick: (report: FileReport) => number) =>
        reports.reduce((sum, report) => sum + pick(report), 0) / reports.length
      expect(mean((report) => report.rapport.balancedAccuracy)).toBeGreaterThanOrEqual(
        mean((report) => report.sentiment.balancedAccuracy) + 0.08
      )
    })

    it('abstains rarely on English text (one-word snippets without any cue are the usual abstentions)', () => {
      for (const report of reports) expect(report.rapport.coverage, report.file).toBeGreaterThanOrEqual(0.98)
    })
  },
  120_000
)
