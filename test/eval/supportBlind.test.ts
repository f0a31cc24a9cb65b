import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { evaluateFile } from './evaluateFile'

/**
 * Support messages written blind to the engine (fixtures/README.md): the unseen half has never been read while
 * changing rules. These checks hold Rapport above both baselines there, on the pos/neg call and on three classes.
 */
describe('sentiment on blind support messages', () => {
  for (const name of [
    'support-blind-unseen.tsv',
    'support-blind-analysed.tsv',
    'support-blind2-unseen.tsv',
    'support-blind2-analysed.tsv',
    'support-blind3-frozen.tsv',
    'support-blind5-frozen.tsv',
    'support-blind6-frozen.tsv',
    'support-blind7-frozen.tsv',
    'support-blind8-frozen.tsv'
  ]) {
    const report = evaluateFile(resolve(import.meta.dirname, 'fixtures', name))

    it(`${name}: separates upset from pleased customers better than both baselines`, () => {
      expect(report.rapport.balancedAccuracy).toBeGreaterThan(report.sentiment.balancedAccuracy)
      expect(report.rapport.balancedAccuracy).toBeGreaterThan(report.vader.balancedAccuracy)
    })

    it(`${name}: keeps problem reports neutral better than both baselines (three-class F1)`, () => {
      expect(report.rapport.macroF1).toBeGreaterThan(report.sentiment.macroF1 + 0.05)
      expect(report.rapport.macroF1).toBeGreaterThan(report.vader.macroF1 + 0.05)
    })
  }
})
