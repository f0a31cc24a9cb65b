import { execFileSync } from 'node:child_process'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { developmentSetsComplete } from './developmentSets'

/**
 * The committed learned weights are data produced by a script; this checks they are what the script gives today on
 * the tuning split, so no hand edit or stale fit goes unnoticed. Needs all eight sets (../shared/data/sentiment).
 */
describe.skipIf(!developmentSetsComplete)('learned weights', () => {
  it('are reproduced exactly by refitting on the tuning split', () => {
    const script = resolve(import.meta.dirname, 'trainLearnedWeights.ts')
    const output = execFileSync(process.execPath, ['--import', 'tsx', script, '--check'], { encoding: 'utf8' })
    expect(output).toContain('is reproduced by the fit')
  }, 120_000)
})

/** The tone decision is fitted on the learned layer's readings of the support fixtures: it must match them too. */
describe('tone decision', () => {
  it('is reproduced exactly by refitting on the support fixtures', () => {
    const script = resolve(import.meta.dirname, 'trainToneDecision.ts')
    const output = execFileSync(process.execPath, ['--import', 'tsx', script, '--check'], { encoding: 'utf8' })
    expect(output).toContain('is reproduced by the fit')
  }, 300_000)
})
