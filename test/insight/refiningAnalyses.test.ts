/**
 * The sidebar analyses a history as it refines (a preview from the first page of tickets, then the whole), and
 * tones read by an earlier analysis are reused (tone/toneReader.ts): the whole history must read exactly as it
 * does when analysed on its own, from records no earlier analysis saw.
 */
import { describe, expect, it } from 'vitest'
import { analyzeRelationship } from '../../src/insight/analyzeRelationship'
import { defaultInsightSettings } from '../../src/insight/insightSettings'
import type { RequesterHistory } from '../../src/insight/requesterHistory'
import { history, now } from './historyBuilder'

const lines = [
  'Hi, the export to CSV stopped working after the update.',
  'Thanks, that fixed it. Really appreciate the quick help!',
  'This is the third time I am writing about the invoice. Please sort it out.',
  'Still not working, I am getting frustrated.'
]

function longHistory(): RequesterHistory {
  const builder = history()
  for (let index = 60; index >= 1; index--) {
    const said = [lines[index % lines.length]!]
    // The newest tickets have their conversations read, the older ones only their description.
    builder.ticket(
      index <= 6 ? { daysAgo: index * 5, said } : { daysAgo: index * 5, description: said[0], comments: null }
    )
  }
  return builder.current({ said: ['Nothing works and nobody answers. I am done.'] }).build()
}

describe('analyses of a refining history', () => {
  it('read the whole history as a fresh analysis of the same data does', () => {
    const whole = longHistory()
    const preview: RequesterHistory = { ...whole, tickets: whole.tickets.slice(0, 20) }
    analyzeRelationship(preview, defaultInsightSettings, now)
    const refined = analyzeRelationship(whole, defaultInsightSettings, now)
    const fresh = analyzeRelationship(structuredClone(whole), defaultInsightSettings, now)
    expect(refined).toEqual(fresh)
    expect(refined.trend.points.length).toBeGreaterThan(10)
  })
})
