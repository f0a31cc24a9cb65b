/**
 * A small valid app folder written to a temporary directory, which each test breaks in one place. PNGs are
 * just a signature and an IHDR chunk: enough for the size check, which reads nothing else.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

export function pngHeader(width: number, height: number): Buffer {
  const header = Buffer.alloc(33)
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header, 0)
  header.writeUInt32BE(13, 8)
  header.write('IHDR', 12, 'latin1')
  header.writeUInt32BE(width, 16)
  header.writeUInt32BE(height, 20)
  return header
}

export const validManifest = () => ({
  name: 'Rapport',
  author: { name: 'Rapport Labs', email: 'support@rapport.app', url: 'https://rapport.app' },
  defaultLocale: 'en',
  private: true,
  location: { support: { ticket_sidebar: { url: 'assets/iframe.html', flexible: true } } },
  version: '1.0.0',
  frameworkVersion: '2.0',
  domainWhitelist: ['companion.rapport.app'],
  parameters: [
    { name: 'lookbackMonths', type: 'number', required: false, default: 24 },
    { name: 'companionSecret', type: 'text', secure: true, required: false }
  ]
})

export const validTranslation = () => ({
  app: {
    name: 'Rapport',
    short_description: 'Relationship context in the ticket sidebar.',
    long_description: 'Who the requester is to the company, and how to meet them.',
    installation_instructions: 'Upload the zip, then set the thresholds.',
    parameters: {
      lookbackMonths: { label: 'Months of history', helpText: 'How far back to read.' },
      companionSecret: { label: 'Companion secret', helpText: 'Signs requests to the companion.' }
    }
  }
})

export type FixtureFiles = Record<string, string | Buffer | object>

export function validFiles(): FixtureFiles {
  return {
    'manifest.json': validManifest(),
    'translations/en.json': validTranslation(),
    'translations/es.json': validTranslation(),
    'assets/iframe.html': '<!doctype html><script src="main.js"></script>',
    'assets/main.js': 'console.log(1)',
    'assets/logo.png': pngHeader(320, 320),
    'assets/logo-small.png': pngHeader(128, 128),
    'assets/screenshot-0.png': pngHeader(1024, 768)
  }
}

/** Writes the files (objects as JSON) into a fresh temporary folder and returns its path. */
export function writeAppFolder(files: FixtureFiles): string {
  const root = mkdtempSync(join(tmpdir(), 'rapport-app-'))
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    const bytes = Buffer.isBuffer(content) || typeof content === 'string' ? content : JSON.stringify(content, null, 2)
    writeFileSync(join(root, path), bytes)
  }
  return root
}
