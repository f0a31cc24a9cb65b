import { DatasetError, isPlainObject, type SourcedRecord } from './readRecords'

/**
 * Reads typed fields out of one dataset record, failing with a message that names the file, the line, the field
 * and what was found — the message a person fixing an export by hand needs.
 */
export class RecordFields {
  readonly object: Record<string, unknown>

  constructor(
    private readonly where: string,
    source: SourcedRecord
  ) {
    if (!isPlainObject(source.value))
      throw new DatasetError(`${where}: expected an object, got ${describe(source.value)}`)
    this.object = source.value
  }

  fail(field: string, expectation: string): never {
    throw new DatasetError(`${this.where}: "${field}" ${expectation} (got ${describe(this.object[field])})`)
  }

  /** A Zendesk id: a positive integer that JavaScript holds exactly (ids pass 2^31 in real accounts). */
  id(field: string): number {
    const value = this.object[field]
    if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return value
    return this.fail(field, 'must be a positive integer id')
  }

  optionalId(field: string): number | null {
    const value = this.object[field]
    return value === undefined || value === null ? null : this.id(field)
  }

  string(field: string): string {
    const value = this.object[field]
    if (typeof value === 'string') return value
    return this.fail(field, 'must be a string')
  }

  optionalString(field: string): string | null {
    const value = this.object[field]
    return value === undefined || value === null ? null : this.string(field)
  }

  /** An ISO-8601 timestamp as the API writes them (`2024-03-01T10:00:00Z`). */
  date(field: string): string {
    const value = this.object[field]
    if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return value
    return this.fail(field, 'must be an ISO-8601 date-time string')
  }

  optionalDate(field: string): string | null {
    const value = this.object[field]
    return value === undefined || value === null ? null : this.date(field)
  }

  integer(field: string, fallback: number): number {
    const value = this.object[field]
    if (value === undefined || value === null) return fallback
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value
    return this.fail(field, 'must be a non-negative integer')
  }

  boolean(field: string, fallback: boolean): boolean {
    const value = this.object[field]
    if (value === undefined || value === null) return fallback
    if (typeof value === 'boolean') return value
    return this.fail(field, 'must be true or false')
  }

  stringArray(field: string): string[] {
    const value = this.object[field]
    if (value === undefined || value === null) return []
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value as string[]
    return this.fail(field, 'must be an array of strings')
  }

  optionalObject(field: string): Record<string, unknown> | null {
    const value = this.object[field]
    if (value === undefined || value === null) return null
    if (isPlainObject(value)) return value
    return this.fail(field, 'must be an object')
  }

  oneOf<T extends string>(field: string, allowed: readonly T[]): T {
    const value = this.object[field]
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T
    return this.fail(field, `must be one of ${allowed.join(', ')}`)
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing'
  const text = JSON.stringify(value)
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}
