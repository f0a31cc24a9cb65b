/**
 * `npm run bump -- <patch|minor|major|x.y.z>`: one version for the app everywhere — manifest.json (what
 * Zendesk shows admins), package.json and package-lock.json — and the CHANGELOG's "Unreleased" section
 * becomes that version's, dated today. Like `zcli apps:bump`, which only edits the manifest.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'

const semver = /^(\d+)\.(\d+)\.(\d+)$/

export function nextVersion(current: string, bump: string): string {
  if (semver.test(bump)) return bump
  const match = semver.exec(current)
  if (!match) throw new Error(`the current version "${current}" is not x.y.z`)
  const [major, minor, patch] = match.slice(1).map(Number) as [number, number, number]
  if (bump === 'major') return `${major + 1}.0.0`
  if (bump === 'minor') return `${major}.${minor + 1}.0`
  if (bump === 'patch') return `${major}.${minor}.${patch + 1}`
  throw new Error(`"${bump}" is not patch, minor, major or x.y.z`)
}

/** Turns "## Unreleased" into "## <version> — <date>" and opens a new, empty Unreleased section above it. */
export function releaseChangelog(changelog: string, version: string, date: string): string {
  if (!/^## Unreleased$/m.test(changelog)) throw new Error('CHANGELOG.md has no "## Unreleased" section to release')
  return changelog.replace(/^## Unreleased$/m, `## Unreleased\n\n## ${version} — ${date}`)
}

function rewriteJson(path: string, edit: (json: Record<string, unknown>) => void): void {
  const json = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>
  edit(json)
  writeFileSync(path, JSON.stringify(json, null, 2) + '\n')
}

function main([bump]: string[]): number {
  const root = resolve(import.meta.dirname, '../..')
  if (!bump) {
    console.error('usage: npm run bump -- <patch|minor|major|x.y.z>')
    return 1
  }
  const manifestPath = resolve(root, 'manifest.json')
  const manifestText = readFileSync(manifestPath, 'utf8')
  const current = (JSON.parse(manifestText) as { version: string }).version
  const version = nextVersion(current, bump)
  // The manifest keeps its hand formatting: only the version string changes.
  writeFileSync(manifestPath, manifestText.replace(`"version": "${current}"`, `"version": "${version}"`))
  rewriteJson(resolve(root, 'package.json'), (json) => (json.version = version))
  rewriteJson(resolve(root, 'package-lock.json'), (json) => {
    json.version = version
    const packages = json.packages as Record<string, { version?: string }> | undefined
    if (packages?.['']) packages[''].version = version
  })
  const changelogPath = resolve(root, 'CHANGELOG.md')
  writeFileSync(
    changelogPath,
    releaseChangelog(readFileSync(changelogPath, 'utf8'), version, new Date().toISOString().slice(0, 10))
  )
  console.log(`${current} → ${version}: manifest.json, package.json, package-lock.json and CHANGELOG.md updated`)
  return 0
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2))
