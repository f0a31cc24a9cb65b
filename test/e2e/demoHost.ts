import { spawn, type ChildProcess } from 'node:child_process'
import { resolve } from 'node:path'

export interface RunningHost {
  url: string
  /** Every line the host printed to stdout since it started (the request log). */
  output: string[]
  stop: () => Promise<void>
}

const root = resolve(import.meta.dirname, '../..')

/** Starts the demo host exactly as `npm start` does (after the builds), on a free port. */
export function startDemoHost(extraArgs: string[] = []): Promise<RunningHost> {
  const child: ChildProcess = spawn(
    process.execPath,
    [resolve(root, 'node_modules/tsx/dist/cli.mjs'), 'src/host/server.ts', '--port', '0', ...extraArgs],
    { cwd: root, env: { ...process.env, CI: 'true' }, stdio: ['ignore', 'pipe', 'pipe'] }
  )
  const output: string[] = []
  let buffered = ''
  return new Promise((resolveStart, rejectStart) => {
    const timer = setTimeout(() => rejectStart(new Error(`demo host did not start:\n${output.join('\n')}`)), 60_000)
    child.stderr?.on('data', (chunk: Buffer) => output.push(...chunk.toString().split('\n').filter(Boolean)))
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString()
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? ''
      for (const line of lines) {
        output.push(line)
        const match = /Rapport demo host: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(line)
        if (match?.[1]) {
          clearTimeout(timer)
          resolveStart({ url: match[1], output, stop: () => stopChild(child) })
        }
      }
    })
    child.on('exit', (code) => {
      clearTimeout(timer)
      rejectStart(new Error(`demo host exited with ${code}:\n${output.join('\n')}`))
    })
  })
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve()
  return new Promise((done) => {
    child.once('exit', () => done())
    child.kill('SIGTERM')
  })
}
