/**
 * The documented direction of the layers (developers' guide; src/insight/README.md): data flows
 * zendesk → insight → app. Every import in src/ is checked against this table, and a test fails on any that
 * crosses it:
 *
 * | layer     | may import from other layers            | through                  | packages                 |
 * | --------- | --------------------------------------- | ------------------------ | ------------------------ |
 * | insight   | none (pure: no DOM, React or network)   | –                        | sentiment, tinyld        |
 * | zendesk   | insight (domain types, setting limits)  | any insight module       | any but React            |
 * | app       | insight, zendesk                        | their index.ts only      | any but node:            |
 * | companion | insight, zendesk (the REST readers)     | insight's index.ts only  | any                      |
 * | host      | companion (to start it beside the demo) | any companion module     | any                      |
 * |           | zendesk (the settings parser)           | its index.ts only        |                          |
 * |           | app: only app/i18n/translate            | that module              |                          |
 *
 * The host talks to the app over HTTP and the ZAF protocol; its admin settings panel plays Zendesk's and reuses
 * the settings parser and the translator, so it shows exactly the messages the app would.
 */
import { readFileSync } from 'node:fs'
import { dirname, relative, resolve, sep } from 'node:path'
import { describe, expect, it } from 'vitest'
import { typeScriptFiles } from '../sourceFiles'

const root = resolve(import.meta.dirname, '../..')
const src = resolve(root, 'src')

type Layer = 'insight' | 'zendesk' | 'app' | 'companion' | 'host'

interface LayerRule {
  imports: Layer[]
  /** Layers this one may reach only through their index.ts. */
  throughDoor: Layer[]
  /** Single modules of other layers allowed by name (path below src/, no extension). */
  modules?: string[]
  /** Allowed packages (by name); null: any. */
  packages: string[] | null
  /** Packages this layer must not use, even when `packages` is any. */
  forbiddenPackages: RegExp | null
}

const rules: Record<Layer, LayerRule> = {
  insight: { imports: [], throughDoor: [], packages: ['sentiment', 'tinyld'], forbiddenPackages: null },
  zendesk: { imports: ['insight'], throughDoor: [], packages: null, forbiddenPackages: /^(react|react-dom)(\/|$)/ },
  app: {
    imports: ['insight', 'zendesk'],
    throughDoor: ['insight', 'zendesk'],
    packages: null,
    forbiddenPackages: /^node:/
  },
  companion: { imports: ['insight', 'zendesk'], throughDoor: ['insight'], packages: null, forbiddenPackages: null },
  host: {
    imports: ['companion', 'zendesk'],
    throughDoor: ['zendesk'],
    modules: ['app/i18n/translate'],
    packages: null,
    forbiddenPackages: null
  }
}

const specifiers =
  /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g

function layerOf(path: string): Layer | null {
  const [first] = relative(src, path).split(sep)
  return first && first in rules ? (first as Layer) : null
}

const packageName = (specifier: string) =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : (specifier.split('/')[0] ?? specifier)

/** Every way `source` (a file at `path`) crosses the layer table. */
function importViolations(path: string, source: string): string[] {
  const layer = layerOf(path)
  if (!layer) return []
  const rule = rules[layer]
  const violations: string[] = []
  for (const match of source.matchAll(specifiers)) {
    const specifier = match[1] ?? match[2] ?? match[3] ?? ''
    const where = `${relative(root, path)} imports '${specifier}'`
    if (!specifier.startsWith('.')) {
      if (rule.forbiddenPackages?.test(specifier)) violations.push(`${where}: a package ${layer} must not use`)
      if (rule.packages && !specifier.startsWith('node:') && !rule.packages.includes(packageName(specifier)))
        violations.push(`${where}: ${layer} may only use ${rule.packages.join(', ')}`)
      if (rule.packages && specifier.startsWith('node:')) violations.push(`${where}: ${layer} is pure`)
      continue
    }
    const target = resolve(dirname(path), specifier)
    const targetLayer = layerOf(target)
    if (targetLayer === null || targetLayer === layer) continue
    if (rule.modules?.includes(relative(src, target).split(sep).join('/'))) continue
    if (!rule.imports.includes(targetLayer)) {
      violations.push(`${where}: ${layer} may not import from ${targetLayer}`)
      continue
    }
    const door = resolve(src, targetLayer)
    if (rule.throughDoor.includes(targetLayer) && target !== door && target !== resolve(door, 'index'))
      violations.push(`${where}: ${layer} reaches ${targetLayer} only through src/${targetLayer}/index.ts`)
  }
  return violations
}

describe('layer imports follow the documented direction', () => {
  const files = typeScriptFiles(src)

  it('finds the source files of every layer present', () => {
    const layers = new Set(files.map(layerOf))
    for (const layer of ['insight', 'zendesk', 'app', 'host'] as const) expect(layers.has(layer), layer).toBe(true)
  })

  it('no file in src/ imports across the table', () => {
    expect(files.flatMap((file) => importViolations(file, readFileSync(file, 'utf8')))).toEqual([])
  })

  it('catches each kind of crossing (the check can fail)', () => {
    const at = (path: string) => resolve(src, path)
    expect(importViolations(at('insight/x.ts'), "import { a } from '../zendesk'")).toHaveLength(1)
    expect(importViolations(at('insight/x.ts'), "import React from 'react'")).toHaveLength(1)
    expect(importViolations(at('insight/tone/x.ts'), "import { b } from '../history/requesterTimeline'")).toEqual([])
    expect(importViolations(at('zendesk/x.ts'), "import type { C } from '../app/components/C'")).toHaveLength(1)
    expect(
      importViolations(at('app/components/x.tsx'), "import { d } from '../../insight/tone/toneBands'")
    ).toHaveLength(1)
    expect(importViolations(at('app/components/x.tsx'), "import { d } from '../../insight'")).toEqual([])
    expect(importViolations(at('app/x.ts'), "import { e } from '../host/server'")).toHaveLength(1)
    expect(importViolations(at('app/x.ts'), "const f = await import('../zendesk/zafClient')")).toHaveLength(1)
    expect(importViolations(at('host/x.ts'), "export { g } from '../insight'")).toHaveLength(1)
    expect(importViolations(at('companion/x.ts'), "import { h } from '../insight/analyzeRelationship'")).toHaveLength(1)
    expect(importViolations(at('companion/x.ts'), "import { i } from '../app/App'")).toHaveLength(1)
    expect(importViolations(at('host/server.ts'), "void import('../companion/adapters/node')")).toEqual([])
    expect(importViolations(at('host/page/x.ts'), "import { t } from '../../app/i18n/translate'")).toEqual([])
    expect(importViolations(at('host/page/x.ts'), "import { u } from '../../app/components/Headline'")).toHaveLength(1)
    expect(importViolations(at('host/page/x.ts'), "import { v } from '../../zendesk/settings'")).toHaveLength(1)
  })
})
