import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** Writes API objects as the dataset folder files the demo host loads (users.json, organizations.json, ...). */
export function writeDatasetFiles(folder: string, files: Record<string, unknown[]>): void {
  for (const [name, records] of Object.entries(files))
    writeFileSync(join(folder, `${name}.json`), JSON.stringify(records))
}
