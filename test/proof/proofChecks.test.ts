/**
 * The proof suite's own checks can fail: a broken insight, history or settings object is reported, and the
 * call budget counts only calls that are slow on every run.
 */
import { describe, expect, it } from 'vitest'
import { analyzeRelationship } from '../../src/insight/analyzeRelationship'
import { defaultInsightSettings } from '../../src/insight/insightSettings'
import { parseRapportSettings } from '../../src/zendesk/settings'
import { history, now } from '../insight/historyBuilder'
import { budgetBreach, callBudgetMs, createCallTimer } from './callBudget'
import { historyViolations, insightViolations, settingsViolations } from './fuzz/insightBounds'

const sample = history()
  .ticket({ daysAgo: 30, said: ['Still broken, third time I write.'] })
  .current({ said: ['Thanks, that fixed it!'] })
  .build()

describe('the proof checks', () => {
  it('accept a real insight and name what is wrong with a broken one', () => {
    const insight = analyzeRelationship(sample, defaultInsightSettings, now)
    expect(insightViolations(insight)).toEqual([])
    const broken = {
      ...insight,
      scorecard: { ...insight.scorecard, overall: 11 },
      prompts: [...insight.prompts, ...insight.prompts, ...insight.prompts, ...insight.prompts].slice(0, 4),
      currentSentiment: { ...insight.currentSentiment, score: Number.NaN }
    }
    const problems = insightViolations(broken)
    expect(problems).toContain('overall = 11')
    expect(problems.some((problem) => problem.endsWith('prompts'))).toBe(true)
    expect(problems).toContain('current tone NaN')
  })

  it('reject a history with unsafe ids or unknown statuses', () => {
    expect(historyViolations(sample, 300)).toEqual([])
    const [first] = sample.tickets
    const broken = { ...sample, tickets: [{ ...first!, id: 2 ** 53 + 2, status: 'deleted' as 'open' }] }
    expect(historyViolations(broken, 300)).toEqual([`ticket id ${2 ** 53 + 2}`, 'ticket status deleted'])
  })

  it('reject settings out of range', () => {
    const { settings } = parseRapportSettings({})
    expect(settingsViolations(settings)).toEqual([])
    const broken = { ...settings, insight: { ...settings.insight, repeatContactWindowDays: 0.5 } }
    expect(settingsViolations(broken)).toEqual(['repeatContactWindowDays = 0.5'])
  })

  it('count a slow call only when every re-run is slow too', () => {
    // A scripted clock: each call advances it by the next duration in `durations`.
    let clock = 0
    const durations: number[] = []
    const timer = createCallTimer(0, () => clock)
    const call = () => {
      clock += durations.shift() ?? 0
    }
    // Slow once (a pause of the machine), then fast: over budget, not confirmed.
    durations.push(callBudgetMs + 20, callBudgetMs + 30, 1, callBudgetMs + 40)
    timer.time(call)
    expect(timer.times).toMatchObject({ calls: 1, overBudget: 1, confirmedOverBudget: 0 })
    expect(budgetBreach(timer.times)).toBeNull()
    // Slow every time: confirmed, and more than the allowance breaks the budget.
    for (let index = 0; index < 6; index += 1) {
      durations.push(callBudgetMs + 5, callBudgetMs + 5, callBudgetMs + 5, callBudgetMs + 5)
      timer.time(call)
    }
    expect(timer.times.confirmedOverBudget).toBe(6)
    expect(budgetBreach(timer.times)).toMatch(/6 calls over 100 ms on every run/)
  })
})
