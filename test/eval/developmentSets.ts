/**
 * Where the development sets live: ../shared/data/sentiment beside the checkout when it is there (all eight
 * sets), else the seven MIT-licensed sets vendored in test/eval/data, so a fresh clone reproduces the figures
 * on them (override with RAPPORT_SENTIMENT_DATA).
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

const sharedSets = resolve(import.meta.dirname, '../../../shared/data/sentiment')
const vendoredSets = resolve(import.meta.dirname, 'data')

export const developmentSetsDir =
  process.env.RAPPORT_SENTIMENT_DATA ?? (existsSync(sharedSets) ? sharedSets : vendoredSets)

export const developmentSetsPresent = existsSync(developmentSetsDir)

/** The learned layer is fitted on every set, the unlicensed dialogue turns too: refitting needs all eight. */
export const developmentSetsComplete = existsSync(resolve(developmentSetsDir, 'uss-sgd-user-turns.tsv'))
