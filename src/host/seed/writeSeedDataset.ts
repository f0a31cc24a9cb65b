import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { storiesFileName } from '../dataset/loadStories'
import { buildSeedDataset } from './buildSeedDataset'
import { authoredStories, demoStories } from './stories'
import { outfitterAccount, outfitterColleagues } from './stories/outfitterAccount'

/**
 * Writes the seed stories as a dataset folder — users.json, organizations.json, tickets.json (with `comments`),
 * satisfaction_ratings.json, ticket_metrics.json — dated relative to `now`, plus rapport-stories.json for the
 * page's story switcher. The host then loads the folder like any export.
 *
 *   tsx src/host/seed/writeSeedDataset.ts <folder>
 */
export function writeSeedDataset(folder: string, now: Date = new Date()): string[] {
  mkdirSync(folder, { recursive: true })
  // The B2B account's buyers are in the dataset (for the companion) but not in the story switcher.
  const dataset = buildSeedDataset([...authoredStories, outfitterAccount, ...outfitterColleagues], now)
  const files: Array<[string, unknown]> = [
    ['users.json', dataset.users],
    ['organizations.json', dataset.organizations],
    ['tickets.json', dataset.tickets],
    ['satisfaction_ratings.json', dataset.satisfaction_ratings],
    ['ticket_metrics.json', dataset.ticket_metrics],
    [storiesFileName, demoStories]
  ]
  return files.map(([name, content]) => {
    const path = join(folder, name)
    // Written aside and renamed, so a host starting meanwhile never reads half a file.
    const partial = `${path}.${process.pid}.partial`
    writeFileSync(partial, `${JSON.stringify(content, null, 2)}\n`)
    renameSync(partial, path)
    return path
  })
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href
if (invokedDirectly) {
  const folder = process.argv[2]
  if (folder === undefined) {
    process.stderr.write('usage: tsx src/host/seed/writeSeedDataset.ts <folder>\n')
    process.exit(1)
  }
  const written = writeSeedDataset(resolve(folder))
  process.stdout.write(`Wrote ${written.length} files to ${resolve(folder)}\n`)
}
