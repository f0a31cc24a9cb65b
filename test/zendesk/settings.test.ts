import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultInsightSettings } from '../../src/insight/insightSettings'
import { companionParameterNames } from '../../src/zendesk/companionSettings'
import { defaultHistorySettings, parseRapportSettings, rapportParameterNames } from '../../src/zendesk/settings'

interface ManifestParameter {
  name: string
  type: string
  default: string | number | boolean
}

const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../manifest.json'), 'utf8')) as {
  parameters: ManifestParameter[]
}

/** The companion's parameters are read by parseCompanionSettings (test/zendesk/companionSettings.test.ts). */
const insightAndHistoryParameters = manifest.parameters.filter(
  (parameter) => !(companionParameterNames as readonly string[]).includes(parameter.name)
)

/** Where each parameter lands in the parsed settings. */
function parsedValue(settings: ReturnType<typeof parseRapportSettings>['settings'], name: string): unknown {
  const flat: Record<string, unknown> = {
    ...settings.insight,
    ...settings.insight.tiers,
    ...settings.history,
    ...settings.actions
  }
  return flat[name]
}

/** A valid value that differs from the manifest default, as ZAF would send it (text for text parameters). */
const singleWordTexts = new Set(['tierFieldKey', 'frustratedTag', 'churnRiskTag'])

function otherValidValue(parameter: ManifestParameter): string | number | boolean {
  if (parameter.type === 'checkbox') return !parameter.default
  if (parameter.type === 'text') return singleWordTexts.has(parameter.name) ? 'tier' : 'gold, Platinum '
  const alternatives: Record<string, number> = {
    frustratedAlertThreshold: -0.5,
    delightedAlertThreshold: 0.7,
    recentTicketsWithComments: 3
  }
  return alternatives[parameter.name] ?? Number(parameter.default) + 1
}

describe('parseRapportSettings', () => {
  it('reads every manifest parameter, and no other', () => {
    expect([...rapportParameterNames].sort()).toEqual(manifest.parameters.map((parameter) => parameter.name).sort())
  })

  it('has the manifest default for every parameter when nothing is set, with no problems', () => {
    const { settings, problems } = parseRapportSettings({})

    expect(problems).toEqual([])
    for (const parameter of insightAndHistoryParameters) {
      const expected =
        typeof parameter.default === 'string' && !singleWordTexts.has(parameter.name)
          ? parameter.default.split(',').map((item) => item.trim())
          : parameter.default
      expect(parsedValue(settings, parameter.name), parameter.name).toEqual(expected)
    }
    expect(settings.insight).toEqual(defaultInsightSettings)
    expect(settings.history).toEqual(defaultHistorySettings)
  })

  it('parses a changed value for every manifest parameter', () => {
    for (const parameter of insightAndHistoryParameters) {
      const value = otherValidValue(parameter)
      const { settings, problems } = parseRapportSettings({ [parameter.name]: value })

      expect(problems, parameter.name).toEqual([])
      expect(parsedValue(settings, parameter.name), parameter.name).not.toEqual(
        parsedValue(parseRapportSettings({}).settings, parameter.name)
      )
    }
  })

  it('accepts numbers sent as text, as ZAF does', () => {
    const { settings, problems } = parseRapportSettings({
      lookbackMonths: ' 12 ',
      frustratedAlertThreshold: '-0.2',
      maxTickets: 500
    })

    expect(problems).toEqual([])
    expect(settings.history.lookbackMonths).toBe(12)
    expect(settings.history.maxTickets).toBe(500)
    expect(settings.insight.frustratedAlertThreshold).toBe(-0.2)
  })

  it('splits, trims, lower-cases and de-duplicates comma lists; an emptied list stays empty', () => {
    const { settings } = parseRapportSettings({ highTierTags: ' VIP, premium ,,vip ', moderateTierTags: '' })

    expect(settings.insight.tiers.highTierTags).toEqual(['vip', 'premium'])
    expect(settings.insight.tiers.moderateTierTags).toEqual([])
  })

  it('falls back to the default and reports each bad value with its reason', () => {
    const { settings, problems } = parseRapportSettings({
      lookbackMonths: 'two years',
      maxTickets: 5000,
      recentTicketsWithComments: 2.5,
      earlyContactCount: -1,
      highTierTags: 42,
      tierFieldKey: ['plan']
    })

    expect(problems).toEqual([
      { name: 'earlyContactCount', value: -1, reason: 'outOfRange' },
      { name: 'highTierTags', value: 42, reason: 'notText' },
      { name: 'tierFieldKey', value: ['plan'], reason: 'notText' },
      { name: 'lookbackMonths', value: 'two years', reason: 'notANumber' },
      { name: 'maxTickets', value: 5000, reason: 'outOfRange' },
      { name: 'recentTicketsWithComments', value: 2.5, reason: 'notAnInteger' }
    ])
    expect(settings.history).toEqual(defaultHistorySettings)
    expect(settings.insight.earlyContactCount).toBe(defaultInsightSettings.earlyContactCount)
    expect(settings.insight.tiers.highTierTags).toEqual(defaultInsightSettings.tiers.highTierTags)
  })

  it('reads numbers as admins type them: a typographic minus and a decimal comma', () => {
    const { settings, problems } = parseRapportSettings({
      frustratedAlertThreshold: '−0.4',
      delightedAlertThreshold: '0,6',
      repeatContactWindowDays: ' 10 '
    })

    expect(problems).toEqual([])
    expect(settings.insight.frustratedAlertThreshold).toBe(-0.4)
    expect(settings.insight.delightedAlertThreshold).toBe(0.6)
    expect(settings.insight.repeatContactWindowDays).toBe(10)
    // "1,000" may be a thousand or one: it is reported rather than guessed.
    expect(parseRapportSettings({ maxTickets: '1,000' }).problems).toEqual([
      { name: 'maxTickets', value: '1,000', reason: 'notANumber' }
    ])
  })

  it('resets both alert thresholds when the frustrated one is not below the delighted one', () => {
    const { settings, problems } = parseRapportSettings({
      frustratedAlertThreshold: 0.6,
      delightedAlertThreshold: '0.4'
    })

    expect(problems).toEqual([{ name: 'delightedAlertThreshold', value: '0.4', reason: 'thresholdsCrossed' }])
    expect(settings.insight.frustratedAlertThreshold).toBe(defaultInsightSettings.frustratedAlertThreshold)
    expect(settings.insight.delightedAlertThreshold).toBe(defaultInsightSettings.delightedAlertThreshold)
  })

  it('keeps ticket tagging off unless an admin turns it on, and reads tags as Zendesk stores them', () => {
    expect(parseRapportSettings({}).settings.actions).toEqual({
      tagTickets: false,
      frustratedTag: 'rapport_frustrated',
      churnRiskTag: 'rapport_churn_risk'
    })
    const { settings, problems } = parseRapportSettings({
      tagTickets: 'true',
      frustratedTag: ' Angry_Customer ',
      churnRiskTag: 'churn risk'
    })
    expect(settings.actions).toEqual({
      tagTickets: true,
      frustratedTag: 'angry_customer',
      churnRiskTag: 'rapport_churn_risk'
    })
    expect(problems).toEqual([{ name: 'churnRiskTag', value: 'churn risk', reason: 'notATag' }])
    expect(parseRapportSettings({ frustratedTag: '' }).settings.actions.frustratedTag).toBe('')
    expect(parseRapportSettings({ tagTickets: 'yes' }).problems).toEqual([
      { name: 'tagTickets', value: 'yes', reason: 'notAChoice' }
    ])
  })

  it('never throws, whatever arrives', () => {
    const odd = { lookbackMonths: { months: 3 }, cacheMinutes: Number.NaN, maxTickets: Infinity, highTierTags: null }

    expect(() => parseRapportSettings(odd)).not.toThrow()
    expect(parseRapportSettings(odd).problems.map((problem) => problem.name)).toEqual([
      'lookbackMonths',
      'maxTickets',
      'cacheMinutes'
    ])
  })
})
