/**
 * A strict JSON syntax scan that knows line numbers. `JSON.parse` in Node 20 often reports no position at all,
 * and a team lead pointing the host at a hand-edited export deserves "tickets.json line 812", so the loader scans
 * first: it reports where the syntax breaks, and where each record of the collection starts.
 */

export type JsonScan =
  | { ok: true; kind: 'array' | 'object' | 'other'; elementLines: number[] }
  | { ok: false; line: number; column: number; problem: string }

class ScanFailure {
  constructor(
    readonly problem: string,
    readonly line: number,
    readonly column: number
  ) {}
}

const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y

/**
 * Scans `text` as one JSON document. `elementLines` lists the line on which each element starts of the top-level
 * array, or of the array under `collectionKey` in a top-level object (the API's envelope, `{ "users": [...] }`).
 */
export function scanJson(text: string, collectionKey: string): JsonScan {
  let index = 0
  let line = 1
  let lineStart = 0
  const elementLines: number[] = []

  const fail = (problem: string): never => {
    throw new ScanFailure(problem, line, index - lineStart + 1)
  }

  const skipWhitespace = (): void => {
    while (index < text.length) {
      const char = text[index]
      if (char === '\n') {
        index += 1
        line += 1
        lineStart = index
      } else if (char === ' ' || char === '\t' || char === '\r') {
        index += 1
      } else {
        return
      }
    }
  }

  const expect = (char: string): void => {
    skipWhitespace()
    if (text[index] !== char) fail(`expected '${char}'`)
    index += 1
  }

  const scanString = (): string => {
    const start = index + 1
    index += 1
    while (index < text.length) {
      const char = text[index] as string
      if (char === '"') {
        index += 1
        return text.slice(start, index - 1)
      }
      if (char === '\\') index += 1
      else if (char < ' ') fail('unescaped control character in a string')
      index += 1
    }
    return fail('unterminated string')
  }

  const scanValue = (depth: number, collect: boolean): void => {
    skipWhitespace()
    const char = text[index]
    if (char === '{') return scanObject(depth + 1)
    if (char === '[') return scanArray(depth + 1, collect)
    if (char === '"') {
      scanString()
      return
    }
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, index)) {
        index += literal.length
        return
      }
    }
    numberPattern.lastIndex = index
    const number = numberPattern.exec(text)
    if (number) {
      index += number[0].length
      return
    }
    fail(index >= text.length ? 'unexpected end of file' : `unexpected character '${char ?? ''}'`)
  }

  const scanArray = (depth: number, collect: boolean): void => {
    index += 1
    skipWhitespace()
    if (text[index] === ']') {
      index += 1
      return
    }
    for (;;) {
      skipWhitespace()
      if (collect) elementLines.push(line)
      scanValue(depth, false)
      skipWhitespace()
      if (text[index] === ',') {
        index += 1
        continue
      }
      if (text[index] === ']') {
        index += 1
        return
      }
      fail("expected ',' or ']' after an array element")
    }
  }

  const scanObject = (depth: number): void => {
    index += 1
    skipWhitespace()
    if (text[index] === '}') {
      index += 1
      return
    }
    for (;;) {
      skipWhitespace()
      if (text[index] !== '"') fail('expected a property name in double quotes')
      const key = scanString()
      expect(':')
      scanValue(depth, depth === 1 && key === collectionKey)
      skipWhitespace()
      if (text[index] === ',') {
        index += 1
        continue
      }
      if (text[index] === '}') {
        index += 1
        return
      }
      fail("expected ',' or '}' after a property value")
    }
  }

  try {
    skipWhitespace()
    const first = text[index]
    scanValue(0, first === '[')
    skipWhitespace()
    if (index < text.length) fail('unexpected text after the JSON value')
    const kind = first === '[' ? 'array' : first === '{' ? 'object' : 'other'
    return { ok: true, kind, elementLines }
  } catch (error) {
    if (error instanceof ScanFailure) {
      return { ok: false, line: error.line, column: error.column, problem: error.problem }
    }
    throw error
  }
}
