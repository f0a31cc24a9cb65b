/**
 * The app package as zcli builds it from a folder: every file except hidden ones, zcli's tmp/ and what
 * .zcliignore lists; plus the manifest and translations parsed (null when not a JSON object).
 */
import { type AppFolder, readAppFolder } from './appFolder'
import type { AppPackage } from './appFolderRules'

export function readAppPackage(root: string): AppPackage {
  const folder = readAppFolder(root)
  const ignored = zcliIgnored(folder)
  const packaged = folder.files.filter(
    (file) =>
      !file.path.split('/').some((part) => part.startsWith('.')) && !file.path.startsWith('tmp/') && !ignored(file.path)
  )
  const translations = new Map(
    packaged
      .filter((file) => /^translations\/[^/]+\.json$/.test(file.path))
      .map((file) => [file.path, jsonObject(folder, file.path)] as const)
  )
  return {
    folder,
    packaged,
    manifest: folder.has('manifest.json') ? jsonObject(folder, 'manifest.json') : null,
    translations
  }
}

function jsonObject(folder: AppFolder, path: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(folder.read(path).toString('utf8'))
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null
  } catch {
    return null
  }
}

/** .zcliignore lines are paths or simple globs (`*` within a name, `**` across folders), as zcli passes them to its archiver. */
function zcliIgnored(folder: AppFolder): (path: string) => boolean {
  if (!folder.has('.zcliignore')) return () => false
  const patterns = folder
    .read('.zcliignore')
    .toString('utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map(
      (line) =>
        new RegExp(
          `^${line
            .replace(/[.+^${}()|[\]\\]/g, '\\$&')
            .replace(/\*\*/g, '\u0000')
            .replace(/\*/g, '[^/]*')
            .replace(/\u0000/g, '.*')}(/.*)?$`
        )
    )
  return (path) => patterns.some((pattern) => pattern.test(path))
}
