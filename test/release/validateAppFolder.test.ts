import { spawnSync } from 'node:child_process'
import { symlinkSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { appFolderRuleIds, type Finding } from '../../scripts/release/appFolderRules'
import { validateAppFolder } from '../../scripts/release/validate'
import {
  type FixtureFiles,
  pngHeader,
  validFiles,
  validManifest,
  validTranslation,
  writeAppFolder
} from './appFolderFixture'

type Manifest = ReturnType<typeof validManifest>
type Translation = ReturnType<typeof validTranslation>

const withManifest = (edit: (manifest: Manifest & Record<string, unknown>) => void): FixtureFiles => {
  const manifest = validManifest()
  edit(manifest)
  return { ...validFiles(), 'manifest.json': manifest }
}
const withSpanish = (edit: (translation: Translation & Record<string, unknown>) => void): FixtureFiles => {
  const translation = validTranslation()
  edit(translation)
  return { ...validFiles(), 'translations/es.json': translation }
}
const without = (path: string): FixtureFiles =>
  Object.fromEntries(Object.entries(validFiles()).filter(([p]) => p !== path))

const validate = (files: FixtureFiles) => validateAppFolder(writeAppFolder(files))
type Expected = Pick<Finding, 'rule' | 'severity' | 'file'> & { field?: string; message: RegExp }

/** One broken fixture per rule (and per way a rule can fail), with the finding it must produce. */
const brokenFolders: Array<[string, FixtureFiles, Expected]> = [
  [
    'no manifest',
    without('manifest.json'),
    { rule: 'manifest.json', severity: 'error', file: 'manifest.json', message: /missing/ }
  ],
  [
    'a manifest that is not JSON',
    { ...validFiles(), 'manifest.json': '{ "name": "Rapport", }' },
    { rule: 'manifest.json', severity: 'error', file: 'manifest.json', message: /not a JSON object/ }
  ],
  [
    'the manifest in a subfolder',
    { ...without('manifest.json'), 'rapport/manifest.json': validManifest() },
    { rule: 'files.rejected', severity: 'error', file: 'rapport/manifest.json', message: /at the root/ }
  ],
  [
    'no author e-mail',
    withManifest((m) => delete (m.author as Partial<Manifest['author']>).email),
    {
      rule: 'manifest.required',
      severity: 'error',
      file: 'manifest.json',
      field: 'author.email',
      message: /non-empty string/
    }
  ],
  [
    'no frameworkVersion',
    withManifest((m) => delete (m as Partial<Manifest>).frameworkVersion),
    {
      rule: 'manifest.required',
      severity: 'error',
      file: 'manifest.json',
      field: 'frameworkVersion',
      message: /required/
    }
  ],
  [
    'an author URL that is not http',
    withManifest((m) => (m.author.url = 'ftp://rapport.app')),
    { rule: 'manifest.author', severity: 'error', file: 'manifest.json', field: 'author.url', message: /http/ }
  ],
  [
    'a placeholder author',
    withManifest((m) => (m.author.email = 'support@rapport.example')),
    { rule: 'manifest.author', severity: 'marketplace', file: 'manifest.json', field: 'author', message: /placeholder/ }
  ],
  [
    '"private" as a string',
    withManifest((m) => (m.private = 'yes' as unknown as boolean)),
    { rule: 'manifest.types', severity: 'error', file: 'manifest.json', field: 'private', message: /true or false/ }
  ],
  [
    'parameters as an object',
    withManifest((m) => (m.parameters = {} as unknown as Manifest['parameters'])),
    { rule: 'manifest.types', severity: 'error', file: 'manifest.json', field: 'parameters', message: /array/ }
  ],
  [
    'an unserved framework version',
    withManifest((m) => (m.frameworkVersion = '1.0')),
    {
      rule: 'manifest.frameworkVersion',
      severity: 'error',
      file: 'manifest.json',
      field: 'frameworkVersion',
      message: /2\.0/
    }
  ],
  [
    'a default locale that is no locale',
    withManifest((m) => (m.defaultLocale = 'english')),
    {
      rule: 'manifest.defaultLocale',
      severity: 'error',
      file: 'manifest.json',
      field: 'defaultLocale',
      message: /locale code/
    }
  ],
  [
    'a default locale without its file',
    withManifest((m) => (m.defaultLocale = 'fr')),
    { rule: 'manifest.defaultLocale', severity: 'error', file: 'translations/fr.json', message: /missing/ }
  ],
  [
    'no location',
    withManifest((m) => delete (m as Partial<Manifest>).location),
    { rule: 'manifest.location', severity: 'error', file: 'manifest.json', field: 'location', message: /required/ }
  ],
  [
    'an unknown location',
    withManifest(
      (m) =>
        (m.location = {
          support: { ticket_sidebars: { url: 'assets/iframe.html' } }
        } as unknown as Manifest['location'])
    ),
    {
      rule: 'manifest.location',
      severity: 'error',
      file: 'manifest.json',
      field: 'location.support.ticket_sidebars',
      message: /not a support location/
    }
  ],
  [
    'an unknown product',
    withManifest(
      (m) => (m.location = { guide: { ticket_sidebar: 'assets/iframe.html' } } as unknown as Manifest['location'])
    ),
    {
      rule: 'manifest.location',
      severity: 'error',
      file: 'manifest.json',
      field: 'location.guide',
      message: /not a Zendesk product/
    }
  ],
  [
    'a location file outside assets/',
    withManifest((m) => (m.location.support.ticket_sidebar.url = 'iframe.html')),
    {
      rule: 'manifest.location',
      severity: 'error',
      file: 'manifest.json',
      field: 'location.support.ticket_sidebar.url',
      message: /under assets/
    }
  ],
  [
    'a location file that is missing',
    withManifest((m) => (m.location.support.ticket_sidebar.url = 'assets/sidebar.html')),
    {
      rule: 'manifest.location',
      severity: 'error',
      file: 'manifest.json',
      field: 'location.support.ticket_sidebar.url',
      message: /under assets/
    }
  ],
  [
    'a location over http',
    withManifest((m) => (m.location.support.ticket_sidebar.url = 'http://rapport.app/sidebar')),
    {
      rule: 'manifest.location',
      severity: 'error',
      file: 'manifest.json',
      field: 'location.support.ticket_sidebar.url',
      message: /https/
    }
  ],
  [
    '"flexible" as a string',
    withManifest((m) => (m.location.support.ticket_sidebar.flexible = 'yes' as unknown as boolean)),
    {
      rule: 'manifest.location',
      severity: 'error',
      file: 'manifest.json',
      field: 'location.support.ticket_sidebar.flexible',
      message: /true or false/
    }
  ],
  [
    'an unknown parameter type',
    withManifest((m) => (m.parameters[0]!.type = 'string')),
    {
      rule: 'manifest.parameters',
      severity: 'error',
      file: 'manifest.json',
      field: 'parameters[lookbackMonths].type',
      message: /not a parameter type/
    }
  ],
  [
    'a parameter declared twice',
    withManifest((m) => m.parameters.push({ ...m.parameters[0]! })),
    {
      rule: 'manifest.parameters',
      severity: 'error',
      file: 'manifest.json',
      field: 'parameters[lookbackMonths].name',
      message: /twice/
    }
  ],
  [
    'a parameter called "name"',
    withManifest((m) => (m.parameters[0]!.name = 'name')),
    {
      rule: 'manifest.parameters',
      severity: 'error',
      file: 'manifest.json',
      field: 'parameters[name].name',
      message: /reserved/
    }
  ],
  [
    'a required hidden parameter',
    withManifest((m) =>
      m.parameters.push({ name: 'installId', type: 'hidden', required: true } as Manifest['parameters'][number])
    ),
    {
      rule: 'manifest.parameters',
      severity: 'error',
      file: 'manifest.json',
      field: 'parameters[installId].required',
      message: /hidden/
    }
  ],
  [
    'a secure oauth parameter',
    withManifest((m) =>
      m.parameters.push({ name: 'login', type: 'oauth', secure: true } as Manifest['parameters'][number])
    ),
    {
      rule: 'manifest.parameters',
      severity: 'error',
      file: 'manifest.json',
      field: 'parameters[login].secure',
      message: /oauth/
    }
  ],
  [
    'two oauth parameters',
    withManifest((m) =>
      m.parameters.push(
        { name: 'a', type: 'oauth' } as Manifest['parameters'][number],
        { name: 'b', type: 'oauth' } as Manifest['parameters'][number]
      )
    ),
    { rule: 'manifest.parameters', severity: 'error', file: 'manifest.json', field: 'parameters', message: /one oauth/ }
  ],
  [
    'a number parameter with a text default',
    withManifest((m) => (m.parameters[0]!.default = '24' as unknown as number)),
    {
      rule: 'manifest.parameters',
      severity: 'error',
      file: 'manifest.json',
      field: 'parameters[lookbackMonths].default',
      message: /must be a number/
    }
  ],
  [
    '"required" as a string',
    withManifest((m) => (m.parameters[0]!.required = 'no' as unknown as boolean)),
    {
      rule: 'manifest.parameters',
      severity: 'error',
      file: 'manifest.json',
      field: 'parameters[lookbackMonths].required',
      message: /true or false/
    }
  ],
  [
    'a secure parameter with a default',
    withManifest((m) => ((m.parameters[1] as Record<string, unknown>).default = 'abc')),
    {
      rule: 'manifest.parameters',
      severity: 'warning',
      file: 'manifest.json',
      field: 'parameters[companionSecret].default',
      message: /should not have a default/
    }
  ],
  [
    'a credential that is not secure',
    withManifest((m) => (m.parameters[1]!.secure = false)),
    {
      rule: 'manifest.parameters',
      severity: 'warning',
      file: 'manifest.json',
      field: 'parameters[companionSecret].secure',
      message: /credential/
    }
  ],
  [
    'a whitelisted URL instead of a host',
    withManifest((m) => (m.domainWhitelist = ['https://companion.rapport.app/v1'])),
    {
      rule: 'manifest.domainWhitelist',
      severity: 'error',
      file: 'manifest.json',
      field: 'domainWhitelist',
      message: /host name/
    }
  ],
  [
    'a whitelist that is a string',
    withManifest((m) => (m.domainWhitelist = 'rapport.app' as unknown as string[])),
    {
      rule: 'manifest.types',
      severity: 'error',
      file: 'manifest.json',
      field: 'domainWhitelist',
      message: /array of strings/
    }
  ],
  [
    'a translation file named by language',
    { ...validFiles(), 'translations/english.json': validTranslation() },
    { rule: 'translations.files', severity: 'error', file: 'translations/english.json', message: /locale code/ }
  ],
  [
    'a translation that is not JSON',
    { ...validFiles(), 'translations/es.json': '{"app": ' },
    { rule: 'translations.files', severity: 'error', file: 'translations/es.json', message: /not a JSON object/ }
  ],
  [
    'no translations',
    Object.fromEntries(
      Object.entries(withManifest((m) => (m.defaultLocale = 'en'))).filter(([p]) => !p.startsWith('translations/'))
    ),
    { rule: 'translations.files', severity: 'error', file: 'translations/', message: /no translation files/ }
  ],
  [
    'a translation without its app block',
    withSpanish((t) => delete (t as Partial<Translation>).app),
    { rule: 'translations.app', severity: 'error', file: 'translations/es.json', field: 'app', message: /missing/ }
  ],
  [
    'a translation without the app name',
    withSpanish((t) => (t.app.name = '')),
    {
      rule: 'translations.app',
      severity: 'error',
      file: 'translations/es.json',
      field: 'app.name',
      message: /missing or empty/
    }
  ],
  [
    'a translation without a listing string',
    withSpanish((t) => delete (t.app as Partial<Translation['app']>).long_description),
    {
      rule: 'translations.app',
      severity: 'marketplace',
      file: 'translations/es.json',
      field: 'app.long_description',
      message: /missing/
    }
  ],
  [
    'a setting without a label',
    withSpanish((t) => delete (t.app.parameters as Partial<Translation['app']['parameters']>).lookbackMonths),
    {
      rule: 'translations.app',
      severity: 'error',
      file: 'translations/es.json',
      field: 'app.parameters.lookbackMonths.label',
      message: /no label/
    }
  ],
  [
    'a setting without help text',
    withSpanish((t) => (t.app.parameters.lookbackMonths.helpText = '')),
    {
      rule: 'translations.app',
      severity: 'warning',
      file: 'translations/es.json',
      field: 'app.parameters.lookbackMonths.helpText',
      message: /no help text/
    }
  ],
  [
    'no small logo',
    without('assets/logo-small.png'),
    { rule: 'assets.logos', severity: 'error', file: 'assets/logo-small.png', message: /128×128/ }
  ],
  [
    'a logo of the wrong size',
    { ...validFiles(), 'assets/logo.png': pngHeader(300, 300) },
    { rule: 'assets.logos', severity: 'error', file: 'assets/logo.png', message: /300×300; must be 320×320/ }
  ],
  [
    'a logo that is not a PNG',
    { ...validFiles(), 'assets/logo.png': '<svg/>' },
    { rule: 'assets.logos', severity: 'error', file: 'assets/logo.png', message: /not a PNG/ }
  ],
  [
    'no screenshot',
    without('assets/screenshot-0.png'),
    { rule: 'assets.screenshots', severity: 'marketplace', file: 'assets/screenshot-0.png', message: /at least one/ }
  ],
  [
    'screenshots with a gap',
    { ...without('assets/screenshot-0.png'), 'assets/screenshot-1.png': pngHeader(1024, 768) },
    { rule: 'assets.screenshots', severity: 'error', file: 'assets/screenshot-1.png', message: /numbered from 0/ }
  ],
  [
    'a fourth screenshot',
    {
      ...validFiles(),
      'assets/screenshot-1.png': pngHeader(1024, 768),
      'assets/screenshot-2.png': pngHeader(1024, 768),
      'assets/screenshot-3.png': pngHeader(1024, 768)
    },
    { rule: 'assets.screenshots', severity: 'error', file: 'assets/screenshot-3.png', message: /dropped/ }
  ],
  [
    'a screenshot of the wrong size',
    { ...validFiles(), 'assets/screenshot-0.png': pngHeader(1200, 1150) },
    { rule: 'assets.screenshots', severity: 'marketplace', file: 'assets/screenshot-0.png', message: /1024×768/ }
  ],
  [
    'a screenshot over 500 KB',
    { ...validFiles(), 'assets/screenshot-0.png': Buffer.concat([pngHeader(1024, 768), Buffer.alloc(600 * 1024)]) },
    { rule: 'assets.screenshots', severity: 'marketplace', file: 'assets/screenshot-0.png', message: /500 KB/ }
  ],
  [
    'a PDF',
    { ...validFiles(), 'assets/guide.pdf': '%PDF-1.4' },
    { rule: 'files.rejected', severity: 'error', file: 'assets/guide.pdf', message: /\.pdf files are rejected/ }
  ],
  [
    'a source map',
    { ...validFiles(), 'assets/main.js.map': '{}' },
    { rule: 'files.rejected', severity: 'error', file: 'assets/main.js.map', message: /source map/ }
  ],
  [
    'zcli settings not ignored',
    { ...validFiles(), 'zcli.apps.config.json': '{}' },
    { rule: 'files.rejected', severity: 'error', file: 'zcli.apps.config.json', message: /zcliignore/ }
  ],
  [
    'over 2 MB',
    { ...validFiles(), 'assets/main.js': Buffer.alloc(2.1 * 1024 * 1024, 'a') },
    { rule: 'files.size', severity: 'error', file: '.', message: /2\.10 MB.*assets\/main\.js/ }
  ]
]

describe('npm run validate', () => {
  it('finds nothing wrong in a valid app folder', () => {
    expect(validate(validFiles())).toEqual([])
  })

  it.each(brokenFolders)('reports %s with its file and field', (_, files, expected) => {
    const found = validate(files)
    expect(found).toContainEqual(
      expect.objectContaining({ ...expected, message: expect.stringMatching(expected.message) })
    )
  })

  it('has a failing fixture for every rule', () => {
    const covered = new Set(brokenFolders.map(([, , expected]) => expected.rule))
    expect(appFolderRuleIds.filter((id) => !covered.has(id))).toEqual([])
  })

  it('judges only what would be uploaded: hidden files and .zcliignore entries are left out', () => {
    const folder = writeAppFolder({
      ...validFiles(),
      'zcli.apps.config.json': '{}',
      '.zcliignore': 'zcli.apps.config.json\n',
      '.DS_Store': 'x',
      'tmp/app.zip': 'x'
    })
    expect(validate({ ...validFiles() })).toEqual([])
    expect(validateAppFolder(folder)).toEqual([])
  })

  it('refuses symlinks, which Zendesk rejects', () => {
    const folder = writeAppFolder(validFiles())
    symlinkSync(join(folder, 'assets/main.js'), join(folder, 'assets/copy.js'))
    expect(validateAppFolder(folder)).toContainEqual(
      expect.objectContaining({ rule: 'files.rejected', file: 'assets/copy.js', severity: 'error' })
    )
  })

  it('exits 1 with one line per finding from the command line', () => {
    const folder = writeAppFolder(withManifest((m) => (m.frameworkVersion = '1.0')))
    const root = resolve(import.meta.dirname, '../..')
    const run = spawnSync(
      process.execPath,
      [resolve(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/release/validate.ts', folder],
      { cwd: root, encoding: 'utf8' }
    )
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/^error\s+manifest\.json frameworkVersion: "1\.0" is not served; use 2\.0$/m)
    expect(run.stdout).toMatch(/invalid — 1 errors/)
  })
})
