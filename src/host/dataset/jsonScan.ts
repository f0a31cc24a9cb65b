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
 * Records nested deeper than this are refused: the fake API serves records with JSON.stringify, whose recursion
 * would overflow on them. The scan itself keeps its own stack, so any depth is read without overflowing.
 */
export const maxNestingLevels = 512

/** An open array or object: what it is, whether its elements are the collection's records, its property name. */
interface Frame {
  kind: 'array' | 'object'
  collect: boolean
  /** The property this container is the value of (for messages about numbers inside it). */
  key: string | null
  /** 'start' right after the bracket; 'value' after an element or property value. */
  state: 'start' | 'value'
}

/**
 * Scans `text` as one JSON document, iteratively. `elementLines` lists the line on which each element starts of
 * the top-level array, or of the array under `collectionKey` in a top-level object (the API's envelope,
 * `{ "users": [...] }`). A number JSON.parse would turn into Infinity (`1e400`) is an error, with its property.
 */
export function scanJson(text: string, collectionKey: string): JsonScan {
  let index = 0
  let line = 1
  let lineStart = 0
  const elementLines: number[] = []
  const stack: Frame[] = []

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

  /** Consumes a primitive, or opens a container (pushed on the stack, read by the loop below). */
  const startValue = (collect: boolean, key: string | null): void => {
    skipWhitespace()
    const char = text[index]
    if (char === '{' || char === '[') {
      if (stack.length >= maxNestingLevels) fail(`nested deeper than ${maxNestingLevels} levels`)
      index += 1
      stack.push({ kind: char === '{' ? 'object' : 'array', collect: char === '[' && collect, key, state: 'start' })
      return
    }
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
      if (!Number.isFinite(Number(number[0]))) {
        const where = key === null ? '' : ` in "${key}"`
        fail(`number ${number[0].slice(0, 40)}${where} is beyond what a double can hold`)
      }
      index += number[0].length
      return
    }
    fail(index >= text.length ? 'unexpected end of file' : `unexpected character '${char ?? ''}'`)
  }

  /** A property name and its colon, then its value. */
  const startProperty = (frame: Frame): void => {
    skipWhitespace()
    if (text[index] !== '"') fail('expected a property name in double quotes')
    const key = scanString()
    skipWhitespace()
    if (text[index] !== ':') fail("expected ':'")
    index += 1
    frame.state = 'value'
    startValue(stack.length === 1 && key === collectionKey, key)
  }

  const startElement = (frame: Frame): void => {
    skipWhitespace()
    if (frame.collect) elementLines.push(line)
    frame.state = 'value'
    startValue(false, frame.key)
  }

  try {
    skipWhitespace()
    const first = text[index]
    startValue(first === '[', null)
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as Frame
      skipWhitespace()
      const char = text[index]
      const close = frame.kind === 'array' ? ']' : '}'
      if (char === close) {
        index += 1
        stack.pop()
      } else if (frame.state === 'start') {
        if (frame.kind === 'array') startElement(frame)
        else startProperty(frame)
      } else if (char === ',') {
        index += 1
        if (frame.kind === 'array') startElement(frame)
        else startProperty(frame)
      } else {
        fail(
          frame.kind === 'array'
            ? "expected ',' or ']' after an array element"
            : "expected ',' or '}' after a property value"
        )
      }
    }
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
