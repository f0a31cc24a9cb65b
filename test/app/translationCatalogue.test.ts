import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { typeScriptFiles } from '../sourceFiles'

const root = resolve(import.meta.dirname, '../..')
const manifest = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8')) as {
  defaultLocale: string
  parameters: Array<{ name: string }>
}
const translationFiles = readdirSync(resolve(root, 'translations')).filter((file) => file.endsWith('.json'))

type Tree = { [key: string]: string | Tree }
const load = (file: string) => JSON.parse(readFileSync(resolve(root, 'translations', file), 'utf8')) as Tree

function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`)
  )
}

describe('translations', () => {
  it('include the default locale named by the manifest', () => {
    expect(translationFiles).toContain(`${manifest.defaultLocale}.json`)
  })

  it.each(translationFiles)('%s gives every manifest parameter a label and help text', (file) => {
    const app = load(file).app as Tree
    const parameters = app.parameters as Record<string, Tree>
    for (const { name } of manifest.parameters) {
      expect(parameters[name]?.label, `${file}: label of ${name}`).toEqual(expect.any(String))
      expect(parameters[name]?.helpText, `${file}: helpText of ${name}`).toEqual(expect.any(String))
    }
  })

  it.each(translationFiles)('%s has the marketplace app block', (file) => {
    const app = load(file).app as Tree
    for (const field of ['name', 'short_description', 'long_description', 'installation_instructions']) {
      expect(app[field], `${file}: app.${field}`).toEqual(expect.any(String))
    }
  })

  it('has every literal sidebar key the app uses', () => {
    const keys = new Set(keysOf(load('en.json')))
    const pluralParents = new Set([...keys].map((key) => key.replace(/\.(zero|one|two|few|many|other)$/, '')))
    const used = typeScriptFiles(resolve(root, 'src/app')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/translate\('(sidebar\.[\w.]+)'/g)].map((match) => match[1] as string)
    )
    expect(used.length).toBeGreaterThan(20)
    const missing = used.filter((key) => !keys.has(key) && !pluralParents.has(key))
    expect(missing).toEqual([])
  })

  it('names the personalization tiers as the settings do (basic, moderate, high), in every locale', () => {
    for (const file of translationFiles) {
      const catalogue = load(file)
      const sidebar = catalogue.sidebar as Tree
      const tiers = sidebar.tier as Record<string, string>
      expect(Object.keys(tiers).sort(), file).toEqual(['basic', 'high', 'moderate'])
      const parameters = (catalogue.app as Tree).parameters as Record<string, Record<string, string>>
      // The settings' labels name the high and moderate tiers; the sidebar's tags carry the same word.
      if (file === 'en.json') {
        expect(tiers).toEqual({ basic: 'Basic tier', moderate: 'Moderate tier', high: 'High tier' })
        expect(parameters.highTierTags?.label).toMatch(/^High-tier/)
        expect(parameters.moderateTierTags?.label).toMatch(/^Moderate-tier/)
      }
    }
  })
})
