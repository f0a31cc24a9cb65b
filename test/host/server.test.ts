import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { writeSeedDataset } from '../../src/host/seed/writeSeedDataset'

/** The server as `npm start` runs it, spawned without a terminal (CI=true, stdin closed). */

const root = resolve(import.meta.dirname, '../..')
const tsx = join(root, 'node_modules/.bin/tsx')
const scratch = mkdtempSync(join(tmpdir(), 'rapport-server-'))
const appFolder = join(scratch, 'dist')
const pageFolder = join(scratch, 'dist-host')
const dataFolder = join(scratch, 'data')
mkdirSync(join(appFolder, 'assets'), { recursive: true })
mkdirSync(pageFolder, { recursive: true })
writeFileSync(join(appFolder, 'assets/iframe.html'), '<!doctype html><title>app</title>')
writeFileSync(join(appFolder, 'manifest.json'), '{"name":"Rapport"}')
writeFileSync(join(pageFolder, 'index.html'), '<!doctype html><title>workspace</title>')
writeSeedDataset(dataFolder)
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

interface Running {
  child: ChildProcess
  url: string
  stdout: () => string
  exited: Promise<number | null>
}

function startServer(args: string[]): Promise<Running> {
  const child = spawn(tsx, ['src/host/server.ts', ...args], {
    cwd: root,
    env: { ...process.env, CI: 'true' },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  const exited = new Promise<number | null>((resolveExit) => child.on('exit', (code) => resolveExit(code)))
  return new Promise((resolveStart, rejectStart) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      const match = /^Rapport demo host: (http:\/\/127\.0\.0\.1:\d+\/)$/m.exec(stdout)
      if (match?.[1]) resolveStart({ child, url: match[1], stdout: () => stdout, exited })
    })
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    void exited.then((code) => rejectStart(new Error(`server exited (${code}) before printing its URL: ${stderr}`)))
  })
}

const folders = ['--app-folder', appFolder, '--page-folder', pageFolder]

describe('the demo host server', () => {
  it('starts on a free port, prints its URL, logs each API request, and stops on SIGTERM', async () => {
    const server = await startServer(['--port', '0', '--data', dataFolder, ...folders])
    expect(server.stdout().split('\n')[0]).toMatch(/^Rapport demo host: http:\/\/127\.0\.0\.1:\d+\/$/)

    const user = await fetch(new URL('/api/v2/users/3620000101.json?include=organizations', server.url))
    expect(user.status).toBe(200)
    expect(((await user.json()) as { user: { name: string } }).user.name).toBe('Maria Keller')
    const missing = await fetch(new URL('/api/v2/users/1.json', server.url))
    expect(missing.status).toBe(404)
    await expect.poll(() => server.stdout()).toContain('GET /api/v2/users/1.json 404')
    expect(server.stdout()).toContain('GET /api/v2/users/3620000101.json?include=organizations 200')

    expect(await (await fetch(new URL('/app/assets/iframe.html', server.url))).text()).toContain('<title>app</title>')
    expect(await (await fetch(server.url)).text()).toContain('<title>workspace</title>')
    const workspace = (await (await fetch(new URL('/host/workspace.json', server.url))).json()) as {
      stories: unknown[]
    }
    expect(workspace.stories).toHaveLength(10)

    server.child.kill('SIGTERM')
    expect(await server.exited).toBe(0)
  })

  it('generates the seed dataset into .demo-data when no --data is given', async () => {
    const server = await startServer(['--port', '0', ...folders])
    const tickets = await fetch(new URL('/api/v2/users/3620000201/tickets/requested.json?page[size]=100', server.url))
    expect(((await tickets.json()) as { tickets: unknown[] }).tickets).toHaveLength(3)
    server.child.kill('SIGINT')
    expect(await server.exited).toBe(0)
  })

  it('refuses to start without a built app, saying to build first', async () => {
    await expect(
      startServer(['--port', '0', '--app-folder', join(scratch, 'nothing'), '--page-folder', pageFolder])
    ).rejects.toThrow(/exited \(1\).*run npm run build first/s)
  })

  it('refuses a dataset it cannot read, naming the file', async () => {
    const broken = join(scratch, 'broken')
    mkdirSync(broken)
    writeFileSync(join(broken, 'users.json'), '[{"id": 1}]')
    writeFileSync(join(broken, 'tickets.json'), '[]')
    await expect(startServer(['--port', '0', '--data', broken, ...folders])).rejects.toThrow(
      /exited \(1\).*users\.json line 1: "name" must be a string/s
    )
  })

  it('reports a folder where a dataset file should be in one line, without a stack trace', async () => {
    const broken = join(scratch, 'folder-as-file')
    mkdirSync(join(broken, 'users.json'), { recursive: true })
    writeFileSync(join(broken, 'tickets.json'), '[]')
    const failure = await startServer(['--port', '0', '--data', broken, ...folders]).catch((error: Error) => error)
    expect(String(failure)).toMatch(/exited \(1\).*Cannot load the dataset: users\.json: is a folder, not a file\n$/s)
    expect(String(failure)).not.toMatch(/\n\s+at /)
  })
})
