/** The translation catalogues as files (translations/<locale>.json), walked the way a translator covers them. */
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { TranslationTree } from '../../../src/app/i18n/translate'

export const translationsDir = resolve(import.meta.dirname, '../../../translations')

export const localeFiles = readdirSync(translationsDir)
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.replace(/\.json$/, ''))
  .sort()

export function readCatalogue(locale: string): TranslationTree {
  return JSON.parse(readFileSync(resolve(translationsDir, `${locale}.json`), 'utf8')) as TranslationTree
}

const pluralCategories = new Set(['zero', 'one', 'two', 'few', 'many', 'other'])

/** A plural group is an object whose keys are all CLDR plural categories, `other` among them. */
export function isPluralGroup(node: string | TranslationTree | undefined): node is Record<string, string> {
  if (node === undefined || typeof node === 'string') return false
  const keys = Object.keys(node)
  return keys.includes('other') && keys.every((key) => pluralCategories.has(key) && typeof node[key] === 'string')
}

export type Entry = [path: string, value: string | Record<string, string>]

/** Leaf entries of a tree, with plural groups kept whole: the unit a translator must cover. */
export function entriesOf(tree: TranslationTree, prefix = ''): Entry[] {
  return Object.entries(tree).flatMap(([key, value]): Entry[] => {
    const path = `${prefix}${key}`
    if (typeof value === 'string' || isPluralGroup(value)) return [[path, value]]
    return entriesOf(value, `${path}.`)
  })
}

export function nodeAt(tree: TranslationTree, path: string): string | TranslationTree | undefined {
  let node: string | TranslationTree | undefined = tree
  for (const part of path.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined
    node = node[part]
  }
  return node
}

export const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]))].sort()
