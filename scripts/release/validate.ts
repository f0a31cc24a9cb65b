/**
 * `npm run validate [-- <folder>] [--marketplace]`: checks an app folder (default dist/) offline the way
 * Zendesk's upload validation does, and prints one line per finding: `error  <file> <field>: <message>`.
 * Exits 1 when there is an error (with --marketplace, Marketplace findings count as errors too).
 */
import { existsSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { readAppPackage } from './appPackage'
import { checkAppPackage, type Finding } from './appFolderRules'

export function validateAppFolder(root: string): Finding[] {
  const app = readAppPackage(root)
  const missingManifest: Finding[] = app.folder.has('manifest.json')
    ? app.manifest === null
      ? [
          {
            rule: 'manifest.json',
            severity: 'error',
            file: 'manifest.json',
            message: 'not a JSON object (check for a trailing comma or a missing brace)'
          }
        ]
      : []
    : [
        {
          rule: 'manifest.json',
          severity: 'error',
          file: 'manifest.json',
          message: 'missing at the root of the app folder'
        }
      ]
  return [...missingManifest, ...checkAppPackage(app)]
}

export function formatFinding({ severity, file, field, message }: Finding): string {
  return `${severity.padEnd(11)} ${file}${field ? ` ${field}` : ''}: ${message}`
}

function main(args: string[]): number {
  const marketplace = args.includes('--marketplace')
  const folder = resolve(args.find((arg) => !arg.startsWith('--')) ?? 'dist')
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    console.error(`${folder}: not a folder (run \`npm run build\` first, or name the app folder)`)
    return 1
  }
  const findings = validateAppFolder(folder)
  for (const line of findings.map(formatFinding)) console.log(line)
  const blocking = findings.filter((f) => f.severity === 'error' || (marketplace && f.severity === 'marketplace'))
  const counts = (severity: Finding['severity']) => findings.filter((f) => f.severity === severity).length
  console.log(
    `${folder}: ${blocking.length === 0 ? 'valid' : 'invalid'} — ${counts('error')} errors, ${counts('warning')} warnings, ${counts('marketplace')} for Marketplace submission${marketplace ? '' : ' (--marketplace to enforce)'}`
  )
  return blocking.length === 0 ? 0 : 1
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2))
