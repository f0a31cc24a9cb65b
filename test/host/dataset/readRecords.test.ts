import { describe, expect, it } from 'vitest'
import { scanJson } from '../../../src/host/dataset/jsonScan'
import { DatasetError, readRecords } from '../../../src/host/dataset/readRecords'

const read = (text: string) => readRecords(text, 'users.json', 'users', 'user')

describe('readRecords', () => {
  it('reads a JSON array and knows the line each record starts on', () => {
    const records = read('[\n  { "id": 1 },\n  {\n    "id": 2\n  }\n]\n')
    expect(records).toEqual([
      { value: { id: 1 }, line: 2 },
      { value: { id: 2 }, line: 3 }
    ])
  })

  it('reads NDJSON, skipping blank lines, with each record on its own line number', () => {
    const records = read('{"id":1}\n\n{"id":2}\n{"id":3}\n')
    expect(records.map((record) => [record.value, record.line])).toEqual([
      [{ id: 1 }, 1],
      [{ id: 2 }, 3],
      [{ id: 3 }, 4]
    ])
  })

  it('reads the API list envelope ({ "users": [...] }) with pagination fields beside it', () => {
    const records = read('{\n  "users": [\n    { "id": 7 }\n  ],\n  "next_page": null,\n  "count": 1\n}')
    expect(records).toEqual([{ value: { id: 7 }, line: 3 }])
  })

  it('reads the API single-record envelope ({ "user": {...} })', () => {
    expect(read('{ "user": { "id": 9, "name": "Ann" } }')).toEqual([{ value: { id: 9, name: 'Ann' }, line: 1 }])
  })

  it('reads a lone object as one record, and an empty file as none', () => {
    expect(read('{ "id": 3 }')).toEqual([{ value: { id: 3 }, line: 1 }])
    expect(read('  \n')).toEqual([])
  })

  it('ignores a byte-order mark', () => {
    expect(read('\uFEFF[{"id":1}]')).toEqual([{ value: { id: 1 }, line: 1 }])
  })

  it('names the file, line and column of a JSON syntax error', () => {
    expect(() => read('[\n  { "id": 1 },\n  { "id": 2, }\n]')).toThrow(
      new DatasetError('users.json line 3 column 14: not valid JSON (expected a property name in double quotes)')
    )
  })

  it('names the NDJSON line that is not JSON', () => {
    expect(() => read('{"id":1}\n{"id":2}\n{"id":3\n')).toThrow(/^users\.json line 3 column \d+: not valid JSON/)
  })

  it('rejects an envelope whose collection is not an array', () => {
    expect(() => read('{ "users": { "id": 1 } }')).toThrow('users.json line 1: "users" must be an array of users')
  })
})

describe('scanJson', () => {
  it('accepts every JSON value kind and reports the kind of document', () => {
    const scan = scanJson('[1, -2.5e3, "a\\"b", true, false, null, {"k": [ ]}]', 'x')
    expect(scan).toEqual({ ok: true, kind: 'array', elementLines: [1, 1, 1, 1, 1, 1, 1] })
  })

  it('reports an unterminated document at its end', () => {
    expect(scanJson('[\n{"id": 1}', 'x')).toMatchObject({
      ok: false,
      line: 2,
      problem: "expected ',' or ']' after an array element"
    })
  })

  it('reports text after the value', () => {
    expect(scanJson('{"a":1} {"b":2}', 'x')).toMatchObject({ ok: false, line: 1, column: 9 })
  })
})
