import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { nextVersion, releaseChangelog } from '../../scripts/release/bumpVersion'
import { zipAppFolder } from '../../scripts/release/packageApp'
import { validateAppFolder } from '../../scripts/release/validate'
import { validFiles, writeAppFolder } from './appFolderFixture'

describe('npm run package', () => {
  const folder = writeAppFolder({
    ...validFiles(),
    'zcli.apps.config.json': '{"parameters":{}}',
    '.zcliignore': 'zcli.apps.config.json\n',
    '.DS_Store': 'finder',
    'tmp/old.zip': 'zcli leftovers'
  })

  it('zips exactly the files Zendesk receives, at the zip root', () => {
    const zipPath = join(mkdtempSync(join(tmpdir(), 'rapport-zip-')), 'rapport.zip')
    const { files } = zipAppFolder(folder, zipPath)
    const entries = unzipSync(readFileSync(zipPath))
    expect(Object.keys(entries).sort()).toEqual(Object.keys(validFiles()).sort())
    expect(files.sort()).toEqual(Object.keys(validFiles()).sort())
    expect(Buffer.from(entries['manifest.json']!).toString()).toBe(readFileSync(join(folder, 'manifest.json'), 'utf8'))
  })

  it('gives the same bytes for the same folder', () => {
    const out = mkdtempSync(join(tmpdir(), 'rapport-zip-'))
    zipAppFolder(folder, join(out, 'a.zip'))
    zipAppFolder(folder, join(out, 'b.zip'))
    expect(readFileSync(join(out, 'a.zip')).equals(readFileSync(join(out, 'b.zip')))).toBe(true)
  })

  it('unzips into a folder that passes validation', () => {
    const zipPath = join(mkdtempSync(join(tmpdir(), 'rapport-zip-')), 'rapport.zip')
    zipAppFolder(folder, zipPath)
    const unzipped = Object.fromEntries(
      Object.entries(unzipSync(readFileSync(zipPath))).map(([path, bytes]) => [path, Buffer.from(bytes)])
    )
    expect(validateAppFolder(writeAppFolder(unzipped))).toEqual([])
  })
})

describe('npm run bump', () => {
  it.each([
    ['0.1.0', 'patch', '0.1.1'],
    ['0.1.9', 'minor', '0.2.0'],
    ['0.9.3', 'major', '1.0.0'],
    ['0.1.0', '2.3.4', '2.3.4']
  ])('%s + %s = %s', (current, bump, next) => {
    expect(nextVersion(current, bump)).toBe(next)
  })

  it('refuses what is not a bump', () => {
    expect(() => nextVersion('0.1.0', 'tiny')).toThrow(/not patch, minor, major/)
    expect(() => nextVersion('v1', 'patch')).toThrow(/not x\.y\.z/)
  })

  it('dates the Unreleased changes under the new version and opens a new Unreleased section', () => {
    const released = releaseChangelog('# Changelog\n\n## Unreleased\n\n- Headline first.\n', '0.2.0', '2026-12-02')
    expect(released).toBe('# Changelog\n\n## Unreleased\n\n## 0.2.0 — 2026-12-02\n\n- Headline first.\n')
    expect(() => releaseChangelog('# Changelog\n', '0.2.0', '2026-12-02')).toThrow(/Unreleased/)
  })
})
