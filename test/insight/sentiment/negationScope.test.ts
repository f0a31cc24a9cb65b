import { describe, expect, it } from 'vitest'
import { readSentiment } from '../../../src/insight/sentiment/readSentiment'
import { ruleCueOf } from './readingCues'

/** Where a negation's scope ends (lexicon/modifiers.json `presupposed`, `counterfactuals`). */
describe('negation scope', () => {
  it('reads a negative word in a definite noun phrase after the negated verb as said: the thing is there', () => {
    const texts: Array<[string, string]> = [
      ['Nobody answered the emergency line when the lift stopped between floors.', 'emergency'],
      ['The contractor never repaired the broken fence he reversed into.', 'broken'],
      ['No one at the surgery returned my urgent call about the test results.', 'urgent'],
      ["The courier didn't collect the damaged parcel from my porch.", 'damaged']
    ]
    for (const [text, word] of texts) {
      const cue = ruleCueOf(text, word)
      expect(cue?.kind, text).not.toBe('negated')
      expect(cue?.weight, text).toBeLessThan(0)
    }
  })

  it('keeps the negation of a positive word there, right after the negator and after a verb of opinion', () => {
    // Denying the good thing is still a let-down.
    expect(
      ruleCueOf('The landlord did not honour the generous offer his agent made.', 'generous')?.weight
    ).toBeLessThan(0)
    // Nothing between the negator and the determiner: the phrase itself is negated.
    expect(ruleCueOf('Not the worst ferry crossing we have had.', 'worst')?.kind).toBe('negated')
    // "think", "believe" carry the negation into the clause they open.
    expect(ruleCueOf("I don't think the delay is serious.", 'delay')?.kind).toBe('negated')
    // After a verb of having or meeting with something, the thing is what is denied.
    expect(ruleCueOf("We haven't had the issue since your update, thanks.", 'issue')?.weight).toBeGreaterThan(0)
    // No determiner: what is denied is the problem itself.
    expect(ruleCueOf('There were no problems with the new meter.', 'problems')?.weight).toBeGreaterThan(0)
  })

  it('reads what would, could or should have happened as what did not', () => {
    const letDown = ruleCueOf('It would have been helpful to know about the surcharge before I booked.', 'helpful')
    expect(letDown?.text).toBe('would have … helpful')
    expect(letDown?.weight).toBeLessThan(0)
    expect(readSentiment('It would have been helpful to know about the surcharge before I booked.').label).not.toBe(
      'positive'
    )
    expect(ruleCueOf("The roof should've been fixed properly in one visit.", 'fixed')?.weight).toBeLessThan(0)
    // Harm that would have happened and did not is relief.
    expect(ruleCueOf('Without your night nurse we could have lost him.', 'lost')?.weight).toBeGreaterThan(0)
    // A modal without the perfect is not a counterfactual.
    expect(ruleCueOf('Would be helpful to have the invoices as CSV.', 'helpful')?.weight).toBeGreaterThan(0)
  })
})
