import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { appMetadata, appOrigin, type ManifestJson } from '../../../src/host/page/appContext'

const manifest = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../manifest.json'), 'utf8')
) as ManifestJson
const page = (href: string) => {
  const url = new URL(href)
  return { location: url, params: url.searchParams }
}

describe('app.registered metadata', () => {
  it('carries every manifest parameter default as the settings, like a fresh install', () => {
    const { settings, name, version } = appMetadata(manifest, new URLSearchParams())
    expect(name).toBe(manifest.name)
    expect(version).toBe(manifest.version)
    // Parameters without a default (the companion's URL and secret) are unset after a fresh install.
    const withDefaults = (manifest.parameters ?? []).filter((parameter) => parameter.default !== undefined)
    expect(Object.keys(settings).sort()).toEqual(withDefaults.map((parameter) => parameter.name).sort())
    for (const parameter of withDefaults) expect(settings[parameter.name]).toEqual(parameter.default)
  })

  it('never hands a secure setting to the app, even when the URL names it', () => {
    const { params } = page(
      'http://127.0.0.1:4567/?setting.companionSecret=leaked&setting.companionUrl=https://c.example'
    )
    const { settings } = appMetadata(manifest, params, { companionTimeoutMs: 900 })
    expect(settings).not.toHaveProperty('companionSecret')
    expect(settings.companionUrl).toBe('https://c.example')
    expect(settings.companionTimeoutMs).toBe(900)
  })

  it('lets ?setting.<name>= override a setting with the text an admin would type, valid or not', () => {
    const { params } = page('http://127.0.0.1:4567/?setting.lookbackMonths=abc&setting.highTierTags=vip&ticket=1')
    const { settings } = appMetadata(manifest, params)
    expect(settings.lookbackMonths).toBe('abc')
    expect(settings.highTierTags).toBe('vip')
    expect(settings).not.toHaveProperty('ticket')
  })

  it('reads a checkbox override as a boolean', () => {
    const checkbox: ManifestJson = { parameters: [{ name: 'compact', type: 'checkbox', default: false }] }
    expect(appMetadata(checkbox, new URLSearchParams('setting.compact=true')).settings).toEqual({ compact: true })
  })
})

describe('the app origin', () => {
  it('is the twin host of the page, so the SDK talks across origins as in Zendesk', () => {
    const fromIp = page('http://127.0.0.1:4567/?ticket=1')
    expect(appOrigin(fromIp.location, fromIp.params)).toBe('http://localhost:4567')
    const fromName = page('http://localhost:4567/')
    expect(appOrigin(fromName.location, fromName.params)).toBe('http://127.0.0.1:4567')
  })

  it('is the page’s own origin with ?sameOrigin=1 or on another host name', () => {
    const same = page('http://127.0.0.1:4567/?sameOrigin=1')
    expect(appOrigin(same.location, same.params)).toBe('http://127.0.0.1:4567')
    const other = page('http://demo.internal:8080/')
    expect(appOrigin(other.location, other.params)).toBe('http://demo.internal:8080')
  })
})
