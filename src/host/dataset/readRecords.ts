import { scanJson } from './jsonScan'

/** One object read from a dataset file, with the line it starts on (for error messages). */
export interface SourcedRecord {
  value: unknown
  line: number
}

/** A dataset file that cannot be served; the message names the file and, where known, the line. */
export class DatasetError extends Error {
  override name = 'DatasetError'
}

/**
 * Reads the records of one dataset file in any of the shapes people have at hand: a JSON array, NDJSON (one object
 * per line, what exports and `jq -c` produce), or the API's own envelope (`{ "users": [...] }`, or `{ "user": {...} }`
 * for a single record), so a folder of saved API responses works as well as a folder this project wrote.
 */
export function readRecords(text: string, fileName: string, collectionKey: string, recordKey: string): SourcedRecord[] {
  const body = text.replace(/^\uFEFF/, '')
  if (body.trim() === '') return []
  const scan = scanJson(body, collectionKey)
  if (!scan.ok) {
    // A document that is not one JSON value may be NDJSON; if its first line is a whole object, read it that way.
    const firstLine = body.trimStart().split('\n', 1)[0] ?? ''
    if (body.trimStart().startsWith('{') && scanJson(firstLine, collectionKey).ok) return readNdjson(body, fileName)
    throw new DatasetError(`${fileName} line ${scan.line} column ${scan.column}: not valid JSON (${scan.problem})`)
  }
  const document: unknown = JSON.parse(body)
  if (Array.isArray(document)) {
    return document.map((value, index) => ({ value, line: scan.elementLines[index] ?? 1 }))
  }
  if (isPlainObject(document)) {
    const collection = document[collectionKey]
    if (Array.isArray(collection)) {
      return collection.map((value, index) => ({ value, line: scan.elementLines[index] ?? 1 }))
    }
    if (collectionKey in document) {
      throw new DatasetError(`${fileName} line 1: "${collectionKey}" must be an array of ${collectionKey}`)
    }
    const single = document[recordKey]
    if (isPlainObject(single)) return [{ value: single, line: 1 }]
    return [{ value: document, line: 1 }]
  }
  throw new DatasetError(
    `${fileName} line 1: expected a JSON array, NDJSON or an object like { "${collectionKey}": [...] }`
  )
}

function readNdjson(body: string, fileName: string): SourcedRecord[] {
  const records: SourcedRecord[] = []
  body.split('\n').forEach((rawLine, index) => {
    const lineText = rawLine.trim()
    if (lineText === '') return
    const line = index + 1
    const scan = scanJson(lineText, '')
    if (!scan.ok) {
      throw new DatasetError(`${fileName} line ${line} column ${scan.column}: not valid JSON (${scan.problem})`)
    }
    records.push({ value: JSON.parse(lineText) as unknown, line })
  })
  return records
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
