/** `npm run eval` prints text taken from a file with its control characters escaped, never as it came. */
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { printable } from './printable'

const root = resolve(import.meta.dirname, '../..')
const folder = mkdtempSync(join(tmpdir(), 'rapport-eval-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

async function evalOutput(...files: string[]): Promise<string> {
  const tsx = resolve(root, 'node_modules/tsx/dist/cli.mjs')
  const run = promisify(execFile)(process.execPath, [tsx, 'test/eval/cli.ts', ...files], { cwd: root })
  const { stdout, stderr } = await run.catch((error: { stdout: string; stderr: string }) => error)
  return stdout + stderr
}

describe('npm run eval', () => {
  it('escapes terminal control sequences from a file’s header and labels', async () => {
    const badHeader = join(folder, 'bad-header.tsv')
    writeFileSync(badHeader, '\u001b]0;owned\u0007\u001b[2J\tscore\ttext\n')
    const badLabel = join(folder, 'bad-label.tsv')
    writeFileSync(badLabel, 'label\tscore\ttext\n\u001b[31mred\u009b\t1\tGreat!\npositive\t1\tGreat, thanks!\n')

    const output = await evalOutput(badHeader, badLabel)

    expect(output).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/)
    expect(output).toContain('\\u001b]0;owned\\u0007')
    expect(output).toContain('unknown label "\\u001b[31mred\\u009b"')
  }, 60_000)

  it('escapes C0, DEL, C1, separators and bidirectional overrides, and leaves other text alone', () => {
    expect(printable('a\u0000b\u007fc\u0085d\u2028e\u202ef\u2067g')).toBe(
      'a\\u0000b\\u007fc\\u0085d\\u2028e\\u202ef\\u2067g'
    )
    expect(printable('Olá, ¿qué tal? 😀')).toBe('Olá, ¿qué tal? 😀')
  })
})
