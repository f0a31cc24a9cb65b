/**
 * Finding and reading a collection's file in a dataset folder, with a one-line DatasetError for every way a
 * folder can be broken before its JSON is even read: two files for one collection (users.json beside
 * users.ndjson: one would silently shadow the other), a folder or a dangling symbolic link where the file
 * should be, a file too large to read as text, a file the system refuses to read.
 */
import { lstatSync, readFileSync, readlinkSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { DatasetError } from './readRecords'

export const datasetExtensions = ['.json', '.ndjson', '.jsonl']

/** Node cannot hold a string much above 512 MiB; well below that, a demo dataset is surely a mistake. */
export const maxDatasetFileBytes = 256 * 1024 * 1024

/** The one file holding `collection` (`users.json`, `users.ndjson`…), or null when there is none. */
export function findCollectionFile(folder: string, collection: string): string | null {
  const present = datasetExtensions
    .map((extension) => collection + extension)
    .filter((name) => lstatSync(join(folder, name), { throwIfNoEntry: false }) !== undefined)
  if (present.length > 1) {
    throw new DatasetError(`${folder}: ${present.join(' and ')} both hold ${collection}; keep one of them`)
  }
  return present[0] ?? null
}

/** The text of a dataset file, checked to be a readable regular file of a sane size first. */
export function readDatasetText(folder: string, fileName: string): string {
  const path = join(folder, fileName)
  const link = lstatSync(path)
  const target = statSync(path, { throwIfNoEntry: false })
  if (target === undefined) {
    const to = link.isSymbolicLink() ? readlinkSync(path) : '?'
    throw new DatasetError(`${fileName}: a symbolic link to ${to}, which does not exist`)
  }
  if (target.isDirectory()) throw new DatasetError(`${fileName}: is a folder, not a file`)
  if (!target.isFile()) throw new DatasetError(`${fileName}: is not a regular file`)
  if (target.size > maxDatasetFileBytes) {
    const mebibytes = (bytes: number) => Math.ceil(bytes / 1024 / 1024)
    throw new DatasetError(
      `${fileName}: ${mebibytes(target.size)} MiB, more than the ${mebibytes(maxDatasetFileBytes)} MiB a dataset file may have`
    )
  }
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error'
    throw new DatasetError(`${fileName}: cannot be read (${code})`)
  }
}
