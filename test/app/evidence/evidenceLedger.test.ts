import { describe, expect, it } from 'vitest'
import { placeEvidence, toneFact } from '../../../src/app/evidence/evidenceLedger'

const place = (id: string, name: string | null, texts: string[]) => ({
  id,
  name,
  items: texts.map((text) => ({ text, item: text }))
})

describe('placeEvidence: each sentence in one place', () => {
  it('keeps a sentence where it is read first and names that place from the later ones', () => {
    const placed = placeEvidence([
      place('headline', null, ['Customer for 4 years']),
      place('state', 'Frustrated loyalist', ['Customer for 4 years', 'The last 3 tickets read negative']),
      place('prompt', 'Repeat contact', ['The last 3 tickets read negative', '2 contacts about “billing” in 9 days']),
      place('health', 'Trust level', ['2 contacts about “billing” in 9 days', 'The last 3 tickets read negative'])
    ])
    expect(placed.get('headline')).toEqual({ own: ['Customer for 4 years'], elsewhere: [] })
    // The headline is always in view: nothing refers to it.
    expect(placed.get('state')).toEqual({ own: ['The last 3 tickets read negative'], elsewhere: [] })
    expect(placed.get('prompt')).toEqual({
      own: ['2 contacts about “billing” in 9 days'],
      elsewhere: ['Frustrated loyalist']
    })
    expect(placed.get('health')).toEqual({ own: [], elsewhere: ['Repeat contact', 'Frustrated loyalist'] })
  })

  it('shows a sentence a place repeats only once, with no reference to itself', () => {
    expect(placeEvidence([place('tone', 'Tone', ['Reads negative', 'Reads negative'])]).get('tone')).toEqual({
      own: ['Reads negative'],
      elsewhere: []
    })
  })
})

describe('toneFact: a tone figure is one fact however it is worded', () => {
  it('matches the engine’s fixed-point text and the app’s number', () => {
    expect(toneFact({ score: '-0.92' })).toBe(toneFact({ toneScore: -0.92 }))
    expect(toneFact({ recent: '-0.90', baseline: '0.10' })).toBe(toneFact({ recentTone: -0.9, earlierTone: 0.1 }))
    // A health score (a number under `score`) is another fact.
    expect(toneFact({ score: 8, count: 3 })).toBeNull()
    expect(toneFact({ count: 3 })).toBeNull()
  })
})
