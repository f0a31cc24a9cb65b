/** Where the development sets live: ../shared/data/sentiment beside the checkout (override with RAPPORT_SENTIMENT_DATA). */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

export const developmentSetsDir =
  process.env.RAPPORT_SENTIMENT_DATA ?? resolve(import.meta.dirname, '../../../shared/data/sentiment')

export const developmentSetsPresent = existsSync(developmentSetsDir)
