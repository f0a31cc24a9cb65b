/**
 * Renders insight Phrases with translations/<locale>.json the way the sidebar does (dotted key, plural group
 * chosen by `count`, {{placeholders}} filled), but strictly: a missing key, a template that is not in the
 * `insight` block, or a placeholder without a param throws.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Phrase } from '../../src/insight/relationshipInsight'

type Tree = { [key: string]: string | Tree }

const translationsDir = resolve(import.meta.dirname, '../../translations')

export function loadTranslations(locale = 'en'): Tree {
  return JSON.parse(readFileSync(resolve(translationsDir, `${locale}.json`), 'utf8')) as Tree
}

/** The template(s) a key names: one string, or every form of a plural group. */
export function templatesOf(tree: Tree, key: string): string[] {
  let node: string | Tree | undefined = tree
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined
  if (typeof node === 'string') return [node]
  if (node && typeof node === 'object' && Object.values(node).every((form) => typeof form === 'string')) {
    return Object.values(node) as string[]
  }
  throw new Error(`No translation for ${key}`)
}

export function placeholdersIn(template: string): string[] {
  return [...template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]!)
}

export function renderPhrase(phrase: Phrase, tree: Tree = loadTranslations(), locale = 'en'): string {
  if (!phrase.key.startsWith('insight.')) throw new Error(`${phrase.key} is outside the insight block`)
  let node: string | Tree | undefined = tree
  for (const part of phrase.key.split('.')) node = typeof node === 'object' ? node[part] : undefined
  if (node && typeof node === 'object') {
    const count = phrase.params.count
    if (typeof count !== 'number') throw new Error(`${phrase.key} is a plural group but has no numeric count`)
    node = node[new Intl.PluralRules(locale).select(count)] ?? node.other
  }
  if (typeof node !== 'string') throw new Error(`No translation for ${phrase.key}`)
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    if (!(name in phrase.params)) throw new Error(`${phrase.key} needs {{${name}}}`)
    return String(phrase.params[name])
  })
}
