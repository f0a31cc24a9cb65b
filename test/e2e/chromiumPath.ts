import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const INSTRUCTION =
  "Browser tests need Debian's chromium: run `apt-get update && apt-get install -y chromium` as root (or set CHROMIUM_PATH)."

/**
 * The browser tests drive Debian's chromium through playwright-core (Playwright's own browser download cannot
 * work here). Installs it when we are root on Debian; otherwise stops with one line saying what to do.
 */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (path): path is string => Boolean(path)
  )
  const found = candidates.find((path) => existsSync(path))
  if (found) return found
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log("Installing Debian's chromium for the browser tests…")
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' })
      execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
      })
    } catch {
      throw new Error(INSTRUCTION)
    }
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium'
  }
  throw new Error(INSTRUCTION)
}

/** Flags for a closed network: without them chromium keeps trying to reach Google's services. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage'
]
