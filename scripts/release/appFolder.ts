/**
 * An app folder as Zendesk receives it (the contents of the uploaded zip): every file with its size, read
 * without following symlinks, so the rules can judge what would really be uploaded.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

export interface AppFile {
  /** Path inside the folder with forward slashes, as it appears in the zip. */
  path: string
  size: number
  symlink: boolean
}

export interface AppFolder {
  root: string
  files: AppFile[]
  has(path: string): boolean
  read(path: string): Buffer
}

/** Walks the folder iteratively (no recursion limit) and lists files and symlinks, never their targets. */
export function readAppFolder(root: string): AppFolder {
  const files: AppFile[] = []
  const pending = [root]
  while (pending.length > 0) {
    const directory = pending.pop() as string
    for (const name of readdirSync(directory).sort()) {
      const absolute = join(directory, name)
      const stat = lstatSync(absolute)
      if (stat.isDirectory()) pending.push(absolute)
      else
        files.push({
          path: relative(root, absolute).split(sep).join('/'),
          size: stat.size,
          symlink: stat.isSymbolicLink()
        })
    }
  }
  files.sort((a, b) => a.path.localeCompare(b.path))
  const byPath = new Map(files.map((file) => [file.path, file]))
  return {
    root,
    files,
    has: (path) => byPath.has(path),
    read: (path) => readFileSync(join(root, path))
  }
}
