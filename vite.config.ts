import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vitest/config'

const here = import.meta.dirname
const dist = resolve(here, 'dist')

/**
 * Completes dist/ as the app folder Zendesk expects (and `zcli apps:server dist` serves): the manifest,
 * the marketplace `app` block of each translation, and the logos. The sidebar's translations are chunks of
 * the JavaScript instead (one loaded per agent).
 */
function zendeskAppFolder(): Plugin {
  return {
    name: 'rapport-zendesk-app-folder',
    apply: 'build',
    closeBundle() {
      const manifestText = readFileSync(resolve(here, 'manifest.json'), 'utf8')
      writeFileSync(resolve(dist, 'manifest.json'), manifestText)
      // `zcli apps:server dist` asks for every setting it lacks; give it the manifest defaults, and keep that
      // file out of the package Zendesk receives.
      const { parameters } = JSON.parse(manifestText) as { parameters: Array<{ name: string; default?: unknown }> }
      const defaults = Object.fromEntries(parameters.map(({ name, default: value }) => [name, value ?? '']))
      writeFileSync(resolve(dist, 'zcli.apps.config.json'), JSON.stringify({ parameters: defaults }, null, 2) + '\n')
      writeFileSync(resolve(dist, '.zcliignore'), 'zcli.apps.config.json\n')
      mkdirSync(resolve(dist, 'translations'), { recursive: true })
      for (const file of readdirSync(resolve(here, 'translations'))) {
        const { app } = JSON.parse(readFileSync(resolve(here, 'translations', file), 'utf8')) as { app: unknown }
        writeFileSync(resolve(dist, 'translations', file), JSON.stringify({ app }, null, 2) + '\n')
      }
      for (const file of readdirSync(resolve(here, 'assets'))) {
        cpSync(resolve(here, 'assets', file), resolve(dist, 'assets', file))
      }
    }
  }
}

/**
 * Each translations/<locale>.json becomes its own lazily loaded chunk (src/app/i18n/locales.ts); of its `app`
 * block (the marketplace listing and the settings page, which Zendesk reads from dist/translations) only the
 * parameters' labels stay, since the sidebar names a setting but never lists or explains them.
 */
function sidebarTranslations(): Plugin {
  return {
    name: 'rapport-sidebar-translations',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/translations\/[^/]+\.json$/.test(id)) return null
      const tree = JSON.parse(code) as { app?: { parameters?: Record<string, { label?: unknown }> } }
      const parameters = Object.entries(tree.app?.parameters ?? {}).map(([name, { label }]) => [name, { label }])
      return { code: JSON.stringify({ ...tree, app: { parameters: Object.fromEntries(parameters) } }), map: null }
    }
  }
}

/**
 * Every sidebar view needs the ticket sidebar's chunk: a modulepreload link lets the browser fetch and compile it
 * beside the entry chunk, instead of after the entry has run and asked for it.
 */
function preloadSidebarChunk(): Plugin {
  return {
    name: 'rapport-preload-sidebar-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const chunk = Object.values(bundle ?? {}).find(
          (output) => output.type === 'chunk' && output.facadeModuleId?.endsWith('/locations/TicketSidebar.tsx')
        )
        if (!chunk) return html
        return [
          {
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${chunk.fileName}` },
            injectTo: 'head'
          }
        ]
      }
    }
  }
}

/**
 * The insight lexicons keep their documentation beside the data, as "$…" string keys ("$comment", "$answers"…):
 * the code never reads them, so the app build drops them, about 5 KB gzip of prose a sidebar view would load. The
 * source files keep them for the tests, the companion and whoever edits a list.
 */
function dropLexiconDocStrings(): Plugin {
  return {
    name: 'rapport-drop-lexicon-doc-strings',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('.json') || !id.includes('/src/insight/')) return null
      return { code: JSON.stringify(withoutDocStrings(JSON.parse(code))), map: null }
    }
  }
}

function withoutDocStrings(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutDocStrings)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key, entry]) => !(key.startsWith('$') && typeof entry === 'string'))
      .map(([key, entry]) => [key, withoutDocStrings(entry)])
  )
}

/**
 * The sidebar renders with Preact through its React compatibility layer: react-dom was 47 of the ~173 KB gzip every
 * sidebar view loaded, preact/compat is ~11 KB, and Garden and styled-components run on it unchanged (the browser
 * tests, axe included, pass the same). The source keeps importing `react`; only the app build resolves it so.
 */
const preactForReact = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
  { find: /^react$/, replacement: 'preact/compat' }
]

const appBuild = {
  root: resolve(here, 'src/app'),
  base: './',
  plugins: [dropLexiconDocStrings(), react(), sidebarTranslations(), preloadSidebarChunk(), zendeskAppFolder()],
  // One copy of each JSON file: with named exports, a JSON file that CommonJS code require()s (the `sentiment`
  // package's AFINN list) was bundled twice, as the module's namespace and as its default (~12 KB gzip).
  json: { namedExports: false, stringify: false },
  build: {
    outDir: resolve(dist, 'assets'),
    emptyOutDir: true,
    assetsDir: '.',
    rollupOptions: { input: resolve(here, 'src/app/iframe.html') }
  }
}

/** The demo host page (the pretend Zendesk agent workspace) is built apart, so dist/ stays a pure app folder. */
const hostBuild = {
  root: resolve(here, 'src/host/page'),
  base: './',
  build: {
    outDir: resolve(here, 'dist-host'),
    emptyOutDir: true,
    rollupOptions: { input: resolve(here, 'src/host/page/index.html') }
  }
}

export default defineConfig(({ mode, command }) => ({
  ...(mode === 'host' ? hostBuild : appBuild),
  // Only the app build: the unit tests render the components with React, as @testing-library/react needs.
  ...(mode !== 'host' && command === 'build' ? { resolve: { alias: preactForReact } } : {}),
  test: {
    root: here,
    projects: [
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'unit',
          root: here,
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/e2e/**', 'node_modules/**'],
          environment: 'node',
          setupFiles: ['test/setupDom.ts'],
          // A guard against hangs, not a speed check: property tests over generated histories take a few seconds
          // on a loaded 2-core machine, and speed is measured in `npm run bench`, never here.
          testTimeout: 30_000
        }
      },
      {
        test: {
          name: 'e2e',
          root: here,
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          // A browser's next render can take seconds on a loaded 2-core machine; vitest's 1 s default for
          // expect.poll made a restored prompt look lost in CI. A guard, not a speed check.
          expect: { poll: { timeout: 10_000 } },
          testTimeout: 60_000,
          hookTimeout: 120_000
        }
      }
    ]
  }
}))
