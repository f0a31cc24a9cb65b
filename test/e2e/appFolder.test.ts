import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { createServer } from 'node:net'
import { dirname, join, resolve } from 'node:path'
import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { zipAppFolder } from '../../scripts/release/packageApp'
import { validateAppFolder } from '../../scripts/release/validate'

const root = resolve(import.meta.dirname, '../..')
const dist = resolve(root, 'dist')
const readJson = (path: string) => JSON.parse(readFileSync(resolve(dist, path), 'utf8')) as Record<string, unknown>

function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => done(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

describe('dist/ is the app folder Zendesk expects', () => {
  it("ships the lexicons' data without their documentation strings", () => {
    const scripts = readdirSync(resolve(dist, 'assets')).filter((file) => file.endsWith('.js'))
    expect(scripts.length).toBeGreaterThan(0)
    for (const file of scripts) {
      expect(readFileSync(resolve(dist, 'assets', file), 'utf8'), file).not.toContain('$comment')
    }
  })

  it('holds the manifest, the marketplace translations and the assets', () => {
    const manifest = readJson('manifest.json') as {
      frameworkVersion: string
      defaultLocale: string
      location: { support: { ticket_sidebar: { url: string; flexible: boolean } } }
      parameters: unknown[]
    }
    expect(manifest.frameworkVersion).toBe('2.0')
    expect(manifest.location.support.ticket_sidebar).toEqual({ url: 'assets/iframe.html', flexible: true })
    expect(manifest.parameters.length).toBeGreaterThan(0)
    expect(Object.keys(readJson(`translations/${manifest.defaultLocale}.json`))).toEqual(['app'])
    for (const asset of ['iframe.html', 'logo.png', 'logo-small.png', 'logo.svg']) {
      expect(existsSync(resolve(dist, 'assets', asset)), asset).toBe(true)
    }
    const html = readFileSync(resolve(dist, 'assets/iframe.html'), 'utf8')
    expect(html).not.toMatch(/src="https?:/)
  })

  it('is served by `zcli apps:server dist` with no account and no prompt', async () => {
    await expectServedByZcli(dist)
  })

  it('zips (npm run package) into a folder that passes npm run validate and that zcli serves once unzipped', async () => {
    const out = mkdtempSync(join(tmpdir(), 'rapport-release-'))
    zipAppFolder(dist, join(out, 'rapport.zip'))
    const unzipped = join(out, 'app')
    for (const [path, bytes] of Object.entries(unzipSync(readFileSync(join(out, 'rapport.zip'))))) {
      mkdirSync(dirname(join(unzipped, path)), { recursive: true })
      writeFileSync(join(unzipped, path), bytes)
    }
    expect(readdirSync(unzipped).sort()).toEqual(['assets', 'manifest.json', 'translations'])
    expect(validateAppFolder(unzipped).filter((finding) => finding.severity === 'error')).toEqual([])
    // A team lead previewing the zip gives zcli its settings the same way the build does for dist/.
    writeFileSync(join(unzipped, 'zcli.apps.config.json'), readFileSync(join(dist, 'zcli.apps.config.json')))
    await expectServedByZcli(unzipped)
  })
})

async function expectServedByZcli(folder: string): Promise<void> {
  const port = await freePort()
  const zcli = spawn(resolve(root, 'node_modules/.bin/zcli'), ['apps:server', folder, '--port', String(port)], {
    cwd: root,
    env: { ...process.env, CI: 'true' },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  try {
    await new Promise<void>((ready, fail) => {
      const timer = setTimeout(() => fail(new Error('zcli apps:server did not start')), 60_000)
      zcli.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('Apps server is running')) {
          clearTimeout(timer)
          ready()
        }
      })
      zcli.on('exit', (code) => fail(new Error(`zcli exited with ${code}`)))
    })
    const apps = (await (await fetch(`http://localhost:${port}/app.json`)).json()) as {
      apps: Array<{ name: string; locations: Record<string, Record<string, { url: string }>> }>
      installations: Array<{ settings: Array<Record<string, unknown>> }>
    }
    expect(apps.apps[0]?.name).toBe('Rapport')
    expect(apps.apps[0]?.locations.support?.ticket_sidebar?.url).toBe('assets/iframe.html')
    // zcli lists settings as one-key objects; ours come from the manifest defaults, not a prompt.
    const settings = Object.assign({}, ...(apps.installations[0]?.settings ?? [])) as Record<string, unknown>
    expect(settings.frustratedAlertThreshold).toBe(-0.35)
    expect(settings.highTierTags).toBe('premium, enterprise, vip')
    const iframe = await fetch(`http://localhost:${port}/0/assets/iframe.html`)
    expect(iframe.status).toBe(200)
  } finally {
    zcli.kill('SIGTERM')
  }
}
