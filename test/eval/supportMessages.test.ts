import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { evaluateFile } from './evaluateFile'

/**
 * Sixty support messages written for Rapport (fixtures/support-messages.tsv): problem reports and requests
 * labelled neutral, frustration negative, thanks and praise positive. This is where the baselines fail the way
 * peers' users complain about: describing a problem is not being upset, "please help" is not praise.
 */
describe('sentiment on support messages', () => {
  const report = evaluateFile(resolve(import.meta.dirname, 'fixtures/support-messages.tsv'))

  it('separates upset from pleased customers better than both baselines', () => {
    expect(report.rapport.balancedAccuracy).toBeGreaterThan(report.sentiment.balancedAccuracy)
    expect(report.rapport.balancedAccuracy).toBeGreaterThan(report.vader.balancedAccuracy)
  })

  it('keeps problem reports neutral: three-class F1 well above both baselines', () => {
    expect(report.rapport.macroF1).toBeGreaterThanOrEqual(0.9)
    expect(report.rapport.macroF1).toBeGreaterThan(report.sentiment.macroF1 + 0.1)
    expect(report.rapport.macroF1).toBeGreaterThan(report.vader.macroF1 + 0.1)
  })
})
