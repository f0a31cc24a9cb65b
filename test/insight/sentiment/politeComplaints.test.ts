import { describe, expect, it } from 'vitest'
import { readSentiment } from '../../../src/insight/sentiment/readSentiment'
import { cueOf, ruleCueOf } from './readingCues'

/** Complaints and requests put politely: forms of feeling, regrets, demands for an account, greetings. */
describe('polite complaints and requests', () => {
  it('reads a feeling said as a wish or an acknowledgement as a formula, not as praise', () => {
    for (const text of [
      "I'd be grateful if someone could resend the gas safety certificate.",
      'We would really appreciate an update on the planning application.',
      "I'd love to know if the walnut dining table comes in a smaller size.",
      "I appreciate you're short-staffed, but my prescription is now ten days late.",
      'I appreciate that it is peak season. However, our luggage has been missing for a fortnight.'
    ]) {
      const feeling = /^(grateful|appreciate|love)$/
      expect(
        readSentiment(text).cues.some((cue) => cue.weight > 0 && feeling.test(cue.text)),
        text
      ).toBe(false)
      expect(readSentiment(text).label, text).not.toBe('positive')
    }
  })

  it('keeps gratitude that is felt: for something done, or with no contrast after it', () => {
    for (const text of [
      'I really appreciate your help with the insurance claim.',
      'I appreciate you getting back to me so fast on a Sunday.',
      'Really grateful for the quick repair to our boiler, thank you.',
      // A wish that exclaims is delight at an offer, not a request.
      "We'd be delighted to host your team again!"
    ]) {
      expect(readSentiment(text).label, text).toBe('positive')
    }
  })

  it('reads a sentence that opens with a regret as a "but": the praise before it is the set-up', () => {
    for (const text of [
      'Love the new booking page. Shame it logs me out every time I pay.',
      'The nurses on the ward were lovely. A pity the heating was off all week.'
    ]) {
      // The score is the rules' reading (with the learned words): the regret outweighs the praise it turns.
      expect(readSentiment(text).score, text).toBeLessThan(0)
      const praise = readSentiment(text).cues.find((cue) => cue.kind === 'word' && cue.weight > 0)
      expect(praise?.weight, text).toBeLessThan(1)
    }
    // The label is the tone decision's: since the story pairs' fit it reads the nurses' message (praise of the people,
    // regret about the heating) as mixed toward positive; the booking page's stays a complaint.
    expect(readSentiment('Love the new booking page. Shame it logs me out every time I pay.').label).toBe('negative')
    // A regret that opens the message sets nothing up.
    expect(ruleCueOf('Shame about the rain, but the tour guide was brilliant!', 'brilliant')?.weight).toBeGreaterThan(2)
  })

  it('reads a demand for an account of what the company did as a complaint, however politely put', () => {
    const demands: Array<[string, string]> = [
      ["I'd like to know who decided to cut the last bus from the timetable.", 'who decided'],
      ['Please explain how this happened, the boiler was serviced last week.', 'how this happened'],
      ['Who thought it was a good idea to move the clinic without telling patients?', 'who thought'],
      ['Tell me what you intend to do about the mould in the bedroom.', 'what you intend to do about']
    ]
    for (const [text, marker] of demands) {
      expect(cueOf(text, 'rhetorical')?.text, text).toBe(marker)
      expect(readSentiment(text).label, text).toBe('negative')
    }
  })

  it('reads a plain question about what happened or how something works as a question', () => {
    for (const text of [
      'Can you tell me what happened to my parcel? It left the depot on Monday.',
      'Could you explain how to change the date of my direct debit?',
      "I'd like to know how long the warranty on the dishwasher lasts.",
      'She explained why it happened and sorted it in ten minutes. Great service.',
      // Asked to get in touch or to praise, a "who decided" is not a demand.
      'Could you tell me who decided the venue for the conference? I need to contact them.',
      "I'd like to know who approved my grant so I can thank them personally.",
      'Who decided on the new colour scheme for the app? It looks fantastic!'
    ]) {
      expect(cueOf(text, 'rhetorical'), text).toBeUndefined()
      expect(readSentiment(text).label, text).not.toBe('negative')
    }
  })

  it('reads a greeting as form, and "good" about the service as praise', () => {
    expect(ruleCueOf('Good morning, could you resend the invoice for March?', 'good')).toBeUndefined()
    expect(readSentiment('Good afternoon. The portal shows an error when I upload the form.').label).not.toBe(
      'positive'
    )
    expect(ruleCueOf('Good service at the Leeds branch this morning, thank you.', 'good')?.weight).toBeGreaterThan(0)
  })
})
