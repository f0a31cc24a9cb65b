import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultInsightSettings, insightModel, insightSettingLimits } from '../../src/insight/insightSettings'

const root = resolve(import.meta.dirname, '../..')
const manifest = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8')) as {
  parameters: Array<{ name: string; type: string; default: unknown }>
}
const english = JSON.parse(readFileSync(resolve(root, 'translations/en.json'), 'utf8')) as {
  app: { parameters: Record<string, { label?: string; helpText?: string }> }
}
const parameter = (name: string) => manifest.parameters.find((entry) => entry.name === name)
const list = (values: string[]) => values.join(', ')

describe('insight settings as data', () => {
  const { tiers, ...thresholds } = defaultInsightSettings
  const manifestDefaults: Record<string, unknown> = {
    ...thresholds,
    moderateEngagementTickets: tiers.moderateEngagementTickets,
    highTierTags: list(tiers.highTierTags),
    moderateTierTags: list(tiers.moderateTierTags),
    tierFieldKey: tiers.tierFieldKey,
    highTierFieldValues: list(tiers.highTierFieldValues),
    moderateTierFieldValues: list(tiers.moderateTierFieldValues)
  }

  it.each(Object.entries(manifestDefaults))(
    '%s is a manifest parameter with the same default, a label and help text',
    (name, value) => {
      expect(parameter(name)?.default).toEqual(value)
      expect(english.app.parameters[name]?.label).toEqual(expect.any(String))
      expect(english.app.parameters[name]?.helpText).toEqual(expect.any(String))
    }
  )

  it.each(Object.entries(insightSettingLimits))('%s has a range that holds its default', (name, limit) => {
    const value = manifestDefaults[name] as number
    expect(parameter(name)?.type).toBe('number')
    expect(value).toBeGreaterThanOrEqual(limit.min)
    expect(value).toBeLessThanOrEqual(limit.max)
    if (limit.integer) expect(Number.isInteger(value)).toBe(true)
  })

  it('keeps the frustrated threshold below the delighted one', () => {
    expect(defaultInsightSettings.frustratedAlertThreshold).toBeLessThan(defaultInsightSettings.delightedAlertThreshold)
  })

  it('keeps the model’s windows ordered the way the patterns read them', () => {
    expect(insightModel.newCustomerDays).toBeLessThanOrEqual(insightModel.earlyLifeDays)
    expect(insightModel.firstMonthDays).toBeLessThanOrEqual(insightModel.earlyLifeDays)
    expect(insightModel.maxPrompts).toBe(3)
  })
})
