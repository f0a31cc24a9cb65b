/**
 * What Zendesk's app validation checks when an app zip is uploaded (zendesk_apps_support's manifest,
 * translations, marketplace and mime validations, and the developer docs on assets and upload size), as a
 * table of rules run offline. Each finding names the file and the field, so an admin can fix it without
 * guessing. `marketplace` findings only matter for a Marketplace submission (`--marketplace` makes them errors).
 */
import type { AppFolder } from './appFolder'
import { pngSize } from './pngSize'

export type Severity = 'error' | 'warning' | 'marketplace'

export interface Finding {
  rule: string
  severity: Severity
  file: string
  field?: string
  message: string
}

type Json = Record<string, unknown>

export interface AppPackage {
  folder: AppFolder
  /** The files that would be uploaded: not hidden, not in .zcliignore, not zcli's tmp/. */
  packaged: AppFolder['files']
  manifest: Json | null
  translations: Map<string, Json | null>
}

interface Rule {
  id: string
  /** Rules that read the manifest run only once it parsed. */
  needsManifest: boolean
  check(app: AppPackage & { manifest: Json }): Finding[]
}

/** Named in one place: the figures Zendesk documents. */
export const appFolderLimits = {
  frameworkVersions: ['2.0'],
  parameterTypes: ['text', 'checkbox', 'url', 'number', 'multiline', 'hidden', 'oauth'],
  /** Locations per product (zendesk_apps_support's Location table). */
  locations: {
    support: [
      'background',
      'modal',
      'nav_bar',
      'new_ticket_sidebar',
      'organization_sidebar',
      'system_top_bar',
      'ticket_editor',
      'ticket_sidebar',
      'top_bar',
      'user_sidebar'
    ],
    chat: ['background', 'chat_sidebar'],
    standalone_chat: ['nav_bar', 'system_top_bar'],
    sell: [
      'background',
      'call_log_editor',
      'company_card',
      'dashboard',
      'deal_card',
      'email_editor',
      'lead_card',
      'modal',
      'note_editor',
      'person_card',
      'top_bar',
      'visit_editor'
    ]
  } as Record<string, string[]>,
  manifestBooleans: ['private', 'singleInstall', 'signedUrls', 'requirementsOnly', 'marketingOnly'],
  /** Marketplace listing strings every translation's `app` block carries. */
  appStrings: ['name', 'short_description', 'long_description', 'installation_instructions'],
  logos: { 'assets/logo.png': [320, 320], 'assets/logo-small.png': [128, 128] } as Record<string, [number, number]>,
  maxScreenshots: 3,
  screenshotSizes: [
    [1024, 768],
    [2048, 1536]
  ],
  maxScreenshotBytes: 500 * 1024,
  /** "The file size limit of the zip file for a private app is 2 MB"; counted uncompressed, so it is safe. */
  maxPackageBytes: 2 * 1024 * 1024,
  rejectedExtensions: [
    'rar',
    'zip',
    'gz',
    'tgz',
    'pdf',
    'doc',
    'docx',
    'avi',
    'bin',
    'bz',
    'bz2',
    'csh',
    'sh',
    'jar',
    'mp3',
    'mpeg',
    'odt',
    'pptx',
    'ppt',
    'xls',
    'xlsx',
    '7z'
  ],
  validLocale: /^[a-z]{2,3}(-\w{2,3})?$/,
  /** Parameter names that hold credentials and so must be secure (Zendesk warns on these). */
  credentialName: /token|key|pwd|password|secret/i,
  placeholderDomain: /(^|[.@])(example\.(com|org|net)|example|test|invalid|localhost)$/i
} as const

const manifestFile = 'manifest.json'

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)
const isNonEmptyString = (value: unknown): value is string => typeof value === 'string' && value.trim() !== ''

function finding(rule: string, severity: Severity, file: string, field: string | undefined, message: string): Finding {
  return field === undefined ? { rule, severity, file, message } : { rule, severity, file, field, message }
}

function parameters(manifest: Json): Json[] {
  return Array.isArray(manifest.parameters) ? manifest.parameters.filter(isObject) : []
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== ''
  } catch {
    return false
  }
}

const rules: Rule[] = [
  {
    id: 'manifest.required',
    needsManifest: true,
    check: ({ manifest }) => {
      const found: Finding[] = []
      for (const field of ['name', 'defaultLocale', 'version', 'frameworkVersion']) {
        if (!isNonEmptyString(manifest[field]))
          found.push(
            finding(
              'manifest.required',
              'error',
              manifestFile,
              field,
              `"${field}" is required and must be a non-empty string`
            )
          )
      }
      if (!isObject(manifest.author)) {
        found.push(
          finding(
            'manifest.required',
            'error',
            manifestFile,
            'author',
            '"author" is required: { "name", "email", "url" }'
          )
        )
      } else {
        for (const field of ['name', 'email', 'url']) {
          if (!isNonEmptyString(manifest.author[field]))
            found.push(
              finding(
                'manifest.required',
                'error',
                manifestFile,
                `author.${field}`,
                `"author.${field}" must be a non-empty string`
              )
            )
        }
      }
      return found
    }
  },
  {
    id: 'manifest.author',
    needsManifest: true,
    check: ({ manifest }) => {
      if (!isObject(manifest.author)) return []
      const { email, url } = manifest.author
      const found: Finding[] = []
      if (isNonEmptyString(url) && !isHttpUrl(url))
        found.push(finding('manifest.author', 'error', manifestFile, 'author.url', `"${url}" is not an http(s) URL`))
      if (isNonEmptyString(email) && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
        found.push(
          finding('manifest.author', 'error', manifestFile, 'author.email', `"${email}" is not an e-mail address`)
        )
      const hosts = [
        isNonEmptyString(email) ? (email.split('@').pop() ?? '') : '',
        isNonEmptyString(url) && isHttpUrl(url) ? new URL(url).hostname : ''
      ]
      if (hosts.some((host) => host !== '' && appFolderLimits.placeholderDomain.test(host)))
        found.push(
          finding(
            'manifest.author',
            'marketplace',
            manifestFile,
            'author',
            'the author contact is a placeholder (example domain): set the real support e-mail and URL before a Marketplace submission'
          )
        )
      return found
    }
  },
  {
    id: 'manifest.types',
    needsManifest: true,
    check: ({ manifest }) => {
      const found: Finding[] = []
      for (const field of appFolderLimits.manifestBooleans) {
        if (field in manifest && typeof manifest[field] !== 'boolean')
          found.push(finding('manifest.types', 'error', manifestFile, field, `"${field}" must be true or false`))
      }
      if ('parameters' in manifest && !Array.isArray(manifest.parameters))
        found.push(finding('manifest.types', 'error', manifestFile, 'parameters', '"parameters" must be an array'))
      const whitelist = manifest.domainWhitelist
      if (
        whitelist !== undefined &&
        !(Array.isArray(whitelist) && whitelist.every((domain) => typeof domain === 'string'))
      )
        found.push(
          finding(
            'manifest.types',
            'error',
            manifestFile,
            'domainWhitelist',
            '"domainWhitelist" must be an array of strings'
          )
        )
      return found
    }
  },
  {
    id: 'manifest.frameworkVersion',
    needsManifest: true,
    check: ({ manifest }) => {
      const version = manifest.frameworkVersion
      if (!isNonEmptyString(version) || (appFolderLimits.frameworkVersions as readonly string[]).includes(version))
        return []
      return [
        finding(
          'manifest.frameworkVersion',
          'error',
          manifestFile,
          'frameworkVersion',
          `"${version}" is not served; use ${appFolderLimits.frameworkVersions.join(' or ')}`
        )
      ]
    }
  },
  {
    id: 'manifest.defaultLocale',
    needsManifest: true,
    check: ({ manifest, folder }) => {
      const locale = manifest.defaultLocale
      if (!isNonEmptyString(locale)) return []
      if (!appFolderLimits.validLocale.test(locale))
        return [
          finding(
            'manifest.defaultLocale',
            'error',
            manifestFile,
            'defaultLocale',
            `"${locale}" is not a locale code such as "en" or "pt-br"`
          )
        ]
      if (!folder.has(`translations/${locale}.json`))
        return [
          finding(
            'manifest.defaultLocale',
            'error',
            `translations/${locale}.json`,
            undefined,
            `the default locale's translation file is missing`
          )
        ]
      return []
    }
  },
  {
    id: 'manifest.location',
    needsManifest: true,
    check: ({ manifest, folder }) => {
      if (!isObject(manifest.location) || Object.keys(manifest.location).length === 0)
        return [
          finding(
            'manifest.location',
            'error',
            manifestFile,
            'location',
            '"location" is required, e.g. { "support": { "ticket_sidebar": { "url": "assets/iframe.html" } } }'
          )
        ]
      const found: Finding[] = []
      for (const [product, places] of Object.entries(manifest.location)) {
        const known = appFolderLimits.locations[product]
        if (!known || !isObject(places)) {
          found.push(
            finding(
              'manifest.location',
              'error',
              manifestFile,
              `location.${product}`,
              `"${product}" is not a Zendesk product (${Object.keys(appFolderLimits.locations).join(', ')})`
            )
          )
          continue
        }
        for (const [name, options] of Object.entries(places)) {
          const field = `location.${product}.${name}`
          if (!known.includes(name)) {
            found.push(
              finding('manifest.location', 'error', manifestFile, field, `"${name}" is not a ${product} location`)
            )
            continue
          }
          const url = typeof options === 'string' ? options : isObject(options) ? options.url : undefined
          if (isObject(options) && 'flexible' in options && typeof options.flexible !== 'boolean')
            found.push(
              finding(
                'manifest.location',
                'error',
                manifestFile,
                `${field}.flexible`,
                '"flexible" must be true or false'
              )
            )
          if (!isNonEmptyString(url)) {
            found.push(finding('manifest.location', 'error', manifestFile, `${field}.url`, 'a location needs a "url"'))
            continue
          }
          if (url.includes('{{setting.')) continue
          if (/^[a-z]+:/i.test(url)) {
            if (!isHttpUrl(url) || (new URL(url).protocol !== 'https:' && new URL(url).hostname !== 'localhost'))
              found.push(
                finding(
                  'manifest.location',
                  'error',
                  manifestFile,
                  `${field}.url`,
                  `"${url}" must be https (or localhost)`
                )
              )
          } else if (!url.startsWith('assets/') || !folder.has(url)) {
            found.push(
              finding(
                'manifest.location',
                'error',
                manifestFile,
                `${field}.url`,
                `"${url}" must be a file under assets/ in the app folder`
              )
            )
          }
        }
      }
      return found
    }
  },
  {
    id: 'manifest.parameters',
    needsManifest: true,
    check: ({ manifest }) => {
      const found: Finding[] = []
      const seen = new Set<string>()
      let oauth = 0
      parameters(manifest).forEach((parameter, index) => {
        const name = isNonEmptyString(parameter.name) ? parameter.name : null
        const field = `parameters[${name ?? index}]`
        const report = (suffix: string, message: string, severity: Severity = 'error') =>
          found.push(
            finding('manifest.parameters', severity, manifestFile, suffix ? `${field}.${suffix}` : field, message)
          )
        if (name === null) return report('name', 'every parameter needs a "name"')
        if (seen.has(name)) report('name', `"${name}" is declared twice`)
        seen.add(name)
        if (name === 'name') report('name', '"name" is reserved and cannot be a parameter name')
        const type = parameter.type
        if (typeof type !== 'string' || !(appFolderLimits.parameterTypes as readonly string[]).includes(type))
          report('type', `"${String(type)}" is not a parameter type (${appFolderLimits.parameterTypes.join(', ')})`)
        for (const flag of ['required', 'secure']) {
          if (flag in parameter && typeof parameter[flag] !== 'boolean') report(flag, `"${flag}" must be true or false`)
        }
        if (type === 'hidden' && parameter.required === true)
          report('required', 'a hidden parameter cannot be required')
        if (type === 'oauth') {
          oauth += 1
          if (parameter.secure === true) report('secure', 'an oauth parameter cannot be secure')
        }
        if ('default' in parameter) {
          const value = parameter.default
          const expected = type === 'number' ? 'number' : type === 'checkbox' ? 'boolean' : 'string'
          if (typeof value !== expected)
            report('default', `the default of a ${String(type)} parameter must be a ${expected}`)
          if (parameter.secure === true || type === 'hidden')
            report(
              'default',
              'a secure or hidden parameter should not have a default (it would ship in the manifest)',
              'warning'
            )
        }
        if (appFolderLimits.credentialName.test(name) && type === 'text' && parameter.secure !== true)
          report(
            'secure',
            `Zendesk warns on upload that "${name}" may be a credential (its name contains ${JSON.stringify(name.match(appFolderLimits.credentialName)?.[0])}) and is not secure: make it "secure": true if it is one`,
            'warning'
          )
      })
      if (oauth > 1)
        found.push(finding('manifest.parameters', 'error', manifestFile, 'parameters', 'at most one oauth parameter'))
      return found
    }
  },
  {
    id: 'manifest.domainWhitelist',
    needsManifest: true,
    check: ({ manifest }) => {
      if (!Array.isArray(manifest.domainWhitelist)) return []
      return manifest.domainWhitelist
        .filter((domain): domain is string => typeof domain === 'string')
        .filter((domain) => !/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(domain))
        .map((domain) =>
          finding(
            'manifest.domainWhitelist',
            'error',
            manifestFile,
            'domainWhitelist',
            `"${domain}" must be a host name such as "api.example.com" (no scheme, port or path)`
          )
        )
    }
  },
  {
    id: 'translations.files',
    needsManifest: false,
    check: ({ translations }) => {
      const found: Finding[] = []
      for (const [file, json] of translations) {
        const locale = file.replace(/^translations\/|\.json$/g, '')
        if (!appFolderLimits.validLocale.test(locale))
          found.push(
            finding(
              'translations.files',
              'error',
              file,
              undefined,
              `"${locale}" is not a locale code such as "en" or "pt-br"`
            )
          )
        if (json === null) found.push(finding('translations.files', 'error', file, undefined, 'not a JSON object'))
      }
      if (translations.size === 0)
        found.push(finding('translations.files', 'error', 'translations/', undefined, 'no translation files'))
      return found
    }
  },
  {
    id: 'translations.app',
    needsManifest: true,
    check: ({ manifest, translations }) => {
      const found: Finding[] = []
      const names = parameters(manifest)
        .map((parameter) => parameter.name)
        .filter(isNonEmptyString)
      for (const [file, json] of translations) {
        if (json === null) continue
        const app = json.app
        if (!isObject(app)) {
          found.push(finding('translations.app', 'error', file, 'app', 'the "app" block is missing'))
          continue
        }
        for (const key of appFolderLimits.appStrings) {
          if (!isNonEmptyString(app[key]))
            found.push(
              finding(
                'translations.app',
                key === 'name' ? 'error' : 'marketplace',
                file,
                `app.${key}`,
                `"app.${key}" is missing or empty`
              )
            )
        }
        const translated = isObject(app.parameters) ? app.parameters : {}
        for (const name of names) {
          const entry = translated[name]
          if (!isObject(entry) || !isNonEmptyString(entry.label))
            found.push(
              finding(
                'translations.app',
                'error',
                file,
                `app.parameters.${name}.label`,
                `the setting "${name}" has no label`
              )
            )
          else if (!isNonEmptyString(entry.helpText))
            found.push(
              finding(
                'translations.app',
                'warning',
                file,
                `app.parameters.${name}.helpText`,
                `the setting "${name}" has no help text`
              )
            )
        }
      }
      return found
    }
  },
  {
    id: 'assets.logos',
    needsManifest: false,
    check: ({ folder }) =>
      Object.entries(appFolderLimits.logos).flatMap(([file, [width, height]]) => {
        if (!folder.has(file))
          return [finding('assets.logos', 'error', file, undefined, `missing: a ${width}×${height} PNG`)]
        const size = pngSize(folder.read(file))
        if (!size) return [finding('assets.logos', 'error', file, undefined, 'not a PNG file')]
        if (size.width !== width || size.height !== height)
          return [
            finding(
              'assets.logos',
              'error',
              file,
              undefined,
              `is ${size.width}×${size.height}; must be ${width}×${height}`
            )
          ]
        return []
      })
  },
  {
    id: 'assets.screenshots',
    needsManifest: false,
    check: ({ packaged, folder }) => {
      const shots = packaged.filter((file) => /^assets\/screenshot-\d+\.png$/.test(file.path))
      const found: Finding[] = []
      if (shots.length === 0)
        found.push(
          finding(
            'assets.screenshots',
            'marketplace',
            'assets/screenshot-0.png',
            undefined,
            'a Marketplace listing needs at least one screenshot'
          )
        )
      shots.forEach((shot, index) => {
        if (shot.path !== `assets/screenshot-${index}.png`)
          found.push(
            finding(
              'assets.screenshots',
              'error',
              shot.path,
              undefined,
              `screenshots are numbered from 0 without gaps: expected assets/screenshot-${index}.png`
            )
          )
        if (index >= appFolderLimits.maxScreenshots)
          found.push(
            finding(
              'assets.screenshots',
              'error',
              shot.path,
              undefined,
              `at most ${appFolderLimits.maxScreenshots} screenshots are shown; this one would be dropped`
            )
          )
        const size = pngSize(folder.read(shot.path))
        if (!size)
          return void found.push(finding('assets.screenshots', 'error', shot.path, undefined, 'not a PNG file'))
        if (!appFolderLimits.screenshotSizes.some(([w, h]) => size.width === w && size.height === h))
          found.push(
            finding(
              'assets.screenshots',
              'marketplace',
              shot.path,
              undefined,
              `is ${size.width}×${size.height}; the Marketplace takes 1024×768 or 2048×1536`
            )
          )
        if (shot.size > appFolderLimits.maxScreenshotBytes)
          found.push(
            finding(
              'assets.screenshots',
              'marketplace',
              shot.path,
              undefined,
              `is ${Math.round(shot.size / 1024)} KB; at most ${appFolderLimits.maxScreenshotBytes / 1024} KB`
            )
          )
      })
      return found
    }
  },
  {
    id: 'files.rejected',
    needsManifest: false,
    check: ({ folder, packaged }) => {
      const found: Finding[] = []
      for (const file of folder.files) {
        if (file.symlink)
          found.push(
            finding(
              'files.rejected',
              'error',
              file.path,
              undefined,
              'symlinks are rejected by Zendesk: copy the file instead'
            )
          )
      }
      for (const file of packaged) {
        const extension = file.path.split('.').pop()?.toLowerCase() ?? ''
        if ((appFolderLimits.rejectedExtensions as readonly string[]).includes(extension))
          found.push(
            finding('files.rejected', 'error', file.path, undefined, `.${extension} files are rejected by Zendesk`)
          )
        if (file.path.endsWith('.map'))
          found.push(
            finding(
              'files.rejected',
              'error',
              file.path,
              undefined,
              'a source map would ship the source: build without it'
            )
          )
        if (/(^|\/)zcli\.apps\.config\.json$/.test(file.path))
          found.push(
            finding(
              'files.rejected',
              'error',
              file.path,
              undefined,
              'local zcli settings must not be uploaded (list it in .zcliignore)'
            )
          )
      }
      const nested = folder.files.find((file) => file.path.endsWith('/manifest.json'))
      if (!folder.has(manifestFile) && nested)
        found.push(
          finding(
            'files.rejected',
            'error',
            nested.path,
            undefined,
            'manifest.json must be at the root of the app folder, not in a subfolder'
          )
        )
      return found
    }
  },
  {
    id: 'files.size',
    needsManifest: false,
    check: ({ packaged }) => {
      const total = packaged.reduce((sum, file) => sum + file.size, 0)
      if (total <= appFolderLimits.maxPackageBytes) return []
      const largest = [...packaged].sort((a, b) => b.size - a.size).slice(0, 3)
      return [
        finding(
          'files.size',
          'error',
          '.',
          undefined,
          `the app is ${(total / 1024 / 1024).toFixed(2)} MB; Zendesk takes at most 2 MB (largest: ${largest.map((file) => `${file.path} ${Math.round(file.size / 1024)} KB`).join(', ')})`
        )
      ]
    }
  }
]

export const appFolderRuleIds = rules.map((rule) => rule.id)

export function checkAppPackage(app: AppPackage): Finding[] {
  const found = rules
    .filter((rule) => !rule.needsManifest)
    .flatMap((rule) => rule.check({ ...app, manifest: app.manifest ?? {} }))
  if (app.manifest === null) return found
  const manifest = app.manifest
  return [...found, ...rules.filter((rule) => rule.needsManifest).flatMap((rule) => rule.check({ ...app, manifest }))]
}
