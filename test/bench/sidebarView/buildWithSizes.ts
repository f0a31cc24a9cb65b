/**
 * Builds dist/ (the app) and dist-host/ (the demo host page) as `npm run build && npm run build:host` do, and
 * keeps, for the bundle analysis, each chunk's gzip size and the modules inside it.
 */
import { gzipSync } from 'node:zlib'
import { resolve } from 'node:path'
import { build, type Plugin } from 'vite'

export interface ChunkSizes {
  file: string
  gzipBytes: number
  /** Module (package name or project path) → gzip bytes of its code alone, largest first. */
  modules: Array<{ name: string; gzipBytes: number }>
}

const root = resolve(import.meta.dirname, '../../..')

/** zlib's default level, as vite's build report (and most servers) use. */
export function gzipSize(code: string | Uint8Array): number {
  return gzipSync(code).length
}

/** `node_modules/@scope/name/…` → `@scope/name`, `node_modules/name/…` → `name`, else the path in the project. */
function moduleName(id: string): string {
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id)
  return inPackage ? inPackage[1]! : id.replace(`${root}/`, '').replace(/\?.*$/, '')
}

function sizeCollector(chunks: ChunkSizes[]): Plugin {
  return {
    name: 'rapport-bench-sizes',
    generateBundle(_, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue
        const byName = new Map<string, string>()
        for (const [id, module] of Object.entries(output.modules)) {
          const name = moduleName(id)
          byName.set(name, (byName.get(name) ?? '') + (module.code ?? ''))
        }
        const modules = [...byName]
          .map(([name, code]) => ({ name, gzipBytes: gzipSize(code) }))
          .sort((a, b) => b.gzipBytes - a.gzipBytes)
        chunks.push({ file: output.fileName, gzipBytes: gzipSize(output.code), modules })
      }
    }
  }
}

export async function buildAppAndHost(): Promise<ChunkSizes[]> {
  const chunks: ChunkSizes[] = []
  const configFile = resolve(root, 'vite.config.ts')
  await build({ configFile, logLevel: 'warn', plugins: [sizeCollector(chunks)] })
  await build({ configFile, mode: 'host', logLevel: 'warn' })
  return chunks
}
