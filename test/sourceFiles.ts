/** Every TypeScript source file below a folder (for tests that read the code itself: keys used, imports made). */
import { readdirSync } from 'node:fs'
import { resolve } from 'node:path'

export function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = resolve(dir, entry.name)
    if (entry.isDirectory()) return typeScriptFiles(path)
    return /\.tsx?$/.test(entry.name) ? [path] : []
  })
}
