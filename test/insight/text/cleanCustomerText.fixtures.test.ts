import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cleanCustomerText } from '../../../src/insight/text/cleanCustomerText'

/**
 * Real-looking messages as mail clients and help desks deliver them (fixtures/<name>.txt as the plain body,
 * fixtures/<name>.html as the HTML body) and, beside each, <name>.expected.txt: exactly the customer's words.
 */
const fixturesDir = resolve(import.meta.dirname, 'fixtures')
const messages = readdirSync(fixturesDir).filter(
  (name) => /^[\w-]+\.(txt|html)$/.test(name) && !name.includes('.expected.')
)

describe('cleanCustomerText on fixtures', () => {
  it.each(messages)('%s keeps exactly the customer’s own words', (name) => {
    const raw = readFileSync(resolve(fixturesDir, name), 'utf8')
    const expected = readFileSync(resolve(fixturesDir, name.replace(/\.(txt|html)$/, '.expected.txt')), 'utf8').trim()
    const cleaned = name.endsWith('.html') ? cleanCustomerText('', raw) : cleanCustomerText(raw)
    expect(cleaned).toBe(expected)
    expect(cleaned.length).toBeLessThanOrEqual(raw.length)
  })
})
