/**
 * `npm run package`: builds the app, validates dist/ and writes release/rapport-<version>.zip with exactly
 * the files Zendesk receives (manifest.json, translations/, assets/) at the zip's root: no hidden files, no
 * zcli settings, no source maps. The zip is deterministic (fixed dates, sorted entries), so the same
 * build gives the same bytes.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { zipSync, type Zippable } from 'fflate'
import { readAppPackage } from './appPackage'
import { appFolderLimits } from './appFolderRules'
import { formatFinding, validateAppFolder } from './validate'

const root = resolve(import.meta.dirname, '../..')
/** The earliest date a zip can hold; fixed so rebuilding gives identical bytes. */
const zipEpoch = new Date('1980-01-01T00:00:00Z')

export function zipAppFolder(folder: string, zipPath: string): { files: string[]; bytes: number } {
  const app = readAppPackage(folder)
  const entries: Zippable = {}
  for (const file of app.packaged) entries[file.path] = [app.folder.read(file.path), { mtime: zipEpoch }]
  const zip = zipSync(entries, { level: 9 })
  mkdirSync(resolve(zipPath, '..'), { recursive: true })
  writeFileSync(zipPath, zip)
  return { files: app.packaged.map((file) => file.path), bytes: zip.length }
}

function main(args: string[]): number {
  if (!args.includes('--no-build')) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' })
  const dist = resolve(root, 'dist')
  const findings = validateAppFolder(dist)
  for (const line of findings.map(formatFinding)) console.log(line)
  if (findings.some((finding) => finding.severity === 'error')) {
    console.error('dist/ is not a valid app folder: nothing packaged')
    return 1
  }
  const { version } = JSON.parse(readFileSync(resolve(dist, 'manifest.json'), 'utf8')) as { version: string }
  const zipPath = resolve(root, 'release', `rapport-${version}.zip`)
  const { files, bytes } = zipAppFolder(dist, zipPath)
  if (bytes > appFolderLimits.maxPackageBytes) {
    console.error(`${zipPath}: ${(bytes / 1024 / 1024).toFixed(2)} MB is over Zendesk's 2 MB limit`)
    return 1
  }
  console.log(
    `${zipPath}: ${files.length} files, ${Math.round(statSync(zipPath).size / 1024)} KB — upload it in Admin Center (Apps and integrations › Zendesk Support apps › Upload private app) or run \`npx zcli apps:create dist\``
  )
  return 0
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2))
