import { describe, expect, it } from 'vitest'
import { readSentiment, unquotedCueKinds } from '../../../src/insight/sentiment/readSentiment'
import { unfeltCueKinds } from '../../../src/insight/sentiment/toneDecision'

const cueKinds = (text: string) => readSentiment(text).cues.map((cue) => cue.kind)

/** Every text reads with the label; a failure names the text. */
function expectLabel(label: string, texts: string[]): void {
  for (const text of texts) expect(readSentiment(text).label, text).toBe(label)
}

describe('readSentiment', () => {
  it('reads a complaint as negative and praise as positive', () => {
    expect(readSentiment('This is terrible, the app is broken and I am angry.').label).toBe('negative')
    expect(readSentiment('Great support, you solved it fast. Love it!').label).toBe('positive')
  })

  it('abstains when there is nothing to read', () => {
    expect(readSentiment('')).toEqual({ score: 0, label: 'unknown', confidence: 0, language: null, cues: [] })
    expect(readSentiment('  ... !! ').label).toBe('unknown')
    expect(readSentiment('asdf').label).toBe('unknown')
    expect(readSentiment('#88123').label).toBe('unknown')
  })

  it('does not call a plain problem report or a yes/no answer negative', () => {
    expectLabel('neutral', [
      'My invoice shows the wrong amount.',
      'Please help, the export fails when I click save.',
      'Hi, how do I reset my password?',
      'I need to change my shipping address.',
      'No, that is all.',
      "The export doesn't work when I click save.",
      'Hi, the app is not working on my phone. Can you help?'
    ])
  })

  it('reads a problem stated in several words as a problem, negative only with a feeling beside it', () => {
    expect(readSentiment('It does not work and I am furious.').label).toBe('negative')
    expect(readSentiment('Still not working!!! I have lost a whole day of work.').label).toBe('negative')
    expect(readSentiment("The app doesn't work. Thanks.").cues.map((cue) => cue.kind)).toContain('problem')
  })

  it('neutralises politeness formulas, and ignores thanks after a complaint', () => {
    expect(readSentiment('Thanks in advance').score).toBe(0)
    expect(readSentiment('Best regards').score).toBe(0)
    expect(readSentiment('The export is broken again. Thank you for your help.').label).toBe('negative')
    expect(cueKinds('The export is broken again. Thank you for your help.')).not.toContain('politeness')
  })

  it('counts thanks for something done even beside the problem it fixed, and reads "thanks for nothing" as sarcasm', () => {
    const grateful = readSentiment('Thanks for fixing it so fast, the export was broken for days.')
    expect(grateful.label).toBe('positive')
    expect(grateful.cues).toContainEqual(expect.objectContaining({ kind: 'phrase', text: 'thanks for' }))
    expect(readSentiment('Thanks for nothing.').label).toBe('negative')
    expect(readSentiment('Thank you for the update, but it still does not work.').label).toBe('negative')
  })

  it('reads a problem that persists as frustration, so a closing thanks is form', () => {
    const reading = readSentiment('The export still fails. Thanks.')
    expect(reading.label).toBe('negative')
    expect(reading.cues.map((cue) => cue.kind)).not.toContain('politeness')
  })

  it('reads how a support problem is going: relief when it is resolved, frustration when it persists', () => {
    expect(readSentiment('Please close this ticket, the problem is resolved.').label).toBe('positive')
    expect(readSentiment('Thanks for the quick reply, but the issue persists.').label).toBe('negative')
    expect(readSentiment('The app crashes every time I open it. Fix it!!!').label).toBe('negative')
  })

  it('reads amazement, giving up and slowness as the support phrases they are', () => {
    expect(readSentiment("Can't believe how fast you fixed this, thanks!").label).toBe('positive')
    expect(readSentiment("I can't believe this is still not fixed.").label).toBe('negative')
    expect(readSentiment('I give up.').label).toBe('negative')
    expect(readSentiment("I don't understand why this takes so long.").label).toBe('negative')
    expect(readSentiment("That worked, you're a star!").label).toBe('positive')
  })

  it('reads praise beside an irony marker reversed, and names the marker in the cue', () => {
    const reading = readSentiment('Wow, thanks for closing my ticket without fixing anything. Super helpful 🙃')
    expect(reading.label).toBe('negative')
    expect(reading.cues).toContainEqual(expect.objectContaining({ text: 'helpful (🙃)' }))
    expect(readSentiment('Oh great, another outage.').label).toBe('negative')
    expect(readSentiment('I broke it myself 🙃 can you help?').label).toBe('neutral')
    expect(readSentiment('Thanks 🙄').label).toBe('negative')
    expect(readSentiment('Thanks 🙃').label).toBe('negative')
  })

  it('keeps support words AFINN reads as feelings mild: paying, charges, disputes, a blocked account', () => {
    expectLabel('neutral', [
      'can i pay with paypal',
      'Hi there, I think I was double charged for order #4521. Please check.',
      'I would like to dispute a transaction of $189.00 from ZX ONLINE, I do not recognize it.',
      'my account is blocked after i enter wrong pin 3 times. how to unblock please',
      'The export fails. Thanks.'
    ])
  })

  it('reads support idioms of frustration without feeling words: repeat agents, chasing, help that did not help', () => {
    expectLabel('negative', [
      "With respect, this is the fourth agent I've explained the situation to.",
      'Why do I have to chase you for my own money?',
      'Thanks for the reply. Unfortunately it does not help at all.',
      "What's the point of a premium plan if it takes five days to get a response?",
      'Is anyone even reading these?',
      'any update??'
    ])
    expect(readSentiment('My account was restored in no time. Thank you!').label).toBe('positive')
  })

  it('reads greetings, requests, scheduling and product codes as the form they are', () => {
    expectLabel('neutral', [
      'Dear Support, could you send us the invoice for March?',
      "We'd like to upgrade from 25 to 40 seats starting next month.",
      'Product: Wireless earbuds X3. Problem: left earbud not charging.',
      "Sounds good. Let's do Thursday at 3pm.",
      'any update?'
    ])
  })

  it('reads a negated ability with a degree as the extreme it states, not a denial', () => {
    expect(readSentiment('I could not be more disappointed with this service.').label).toBe('negative')
    expect(readSentiment("Couldn't ask for better service.").label).toBe('positive')
    expect(readSentiment("It can't get any worse than this.").label).toBe('negative')
    expect(readSentiment('I cannot recommend them enough').label).toBe('positive')
    // Without a degree it is the plain negation it looks like.
    expect(readSentiment("I can't say I'm happy about this.").label).toBe('negative')
    expect(readSentiment('It did not get any better.').label).toBe('negative')
  })

  it('reads "no longer" as the negation it is: relief for a problem, loss for what worked', () => {
    expect(readSentiment('That fixed it! The app no longer crashes on login.').label).toBe('positive')
    expect(readSentiment('It no longer works, this is really annoying.').label).toBe('negative')
  })

  it('negates to the end of the clause, not just the next word', () => {
    const reading = readSentiment("I don't think this is good")
    expect(reading.label).toBe('negative')
    expect(reading.cues).toContainEqual(expect.objectContaining({ kind: 'negated', text: "don't … good" }))
    expect(readSentiment('not good at all').label).toBe('negative')
  })

  it('reads typographic apostrophes like straight ones', () => {
    expect(readSentiment('I don’t like it')).toEqual(readSentiment("I don't like it"))
  })

  it('picks up frustration without sentiment words: repeat contact, elapsed time, ??? and shouting', () => {
    const repeat = readSentiment('This is the third time I am writing. Still waiting for 3 weeks!!!')
    expect(repeat.label).toBe('negative')
    expect(repeat.cues).toContainEqual(expect.objectContaining({ kind: 'frustration', text: 'third time' }))
    expect(readSentiment('Where is my order???').cues).toContainEqual(expect.objectContaining({ text: '???' }))
    expect(readSentiment('WHY IS THIS STILL NOT FIXED').label).toBe('negative')
  })

  it('quotes the time a customer waited, never how long they have been a customer', () => {
    const reading = readSentiment(
      'I have been waiting for a real fix for 10 days now. Honestly this is really frustrating. We have been with ' +
        'you for four years and I have never had to chase a problem like this.'
    )
    const frustration = reading.cues.filter((cue) => cue.kind === 'frustration').map((cue) => cue.text)
    expect(frustration).toContain('for 10 days')
    expect(frustration).not.toContain('for four years')
    expect(reading.label).toBe('negative')
  })

  it('names the cue kinds that are not feelings: problem words, answers, learned words, and politeness for quoting', () => {
    expect(cueKinds('No, that is all. Thank you for your help').every((kind) => unquotedCueKinds.has(kind))).toBe(true)
    expect(cueKinds('No, that is all. Thank you for your help')).toContain('politeness')
    expect(cueKinds('The export fails')).toContain('problem')
    expect(unfeltCueKinds.has('politeness')).toBe(false)
    expect(cueKinds('This is awful').some((kind) => !unquotedCueKinds.has(kind))).toBe(true)
  })

  it('reads idioms of exasperation as frustration, and "on top of" as the addition it says', () => {
    for (const text of [
      'I have reached my limit with this router.',
      'This is the last straw.',
      "I'm at my wits end."
    ]) {
      expect(cueKinds(text), text).toContain('frustration')
      expect(readSentiment(text).label, text).toBe('negative')
    }
    // "top" is praise in "Top service", not in "on top of a £64 ticket".
    expect(
      readSentiment('They charged a booking fee on top of the ticket price.').cues.map((cue) => cue.text)
    ).not.toContain('top')
    expect(readSentiment('Top service, thank you!').label).toBe('positive')
  })

  it('reads emoji and emoticons', () => {
    expect(readSentiment('😡😡').label).toBe('negative')
    expect(readSentiment('Works now :)').label).toBe('positive')
    expect(cueKinds('Works now :)')).toContain('symbol')
  })

  it('strengthens with boosters and weakens with downtoners', () => {
    expect(readSentiment('The update is very good').score).toBeGreaterThan(readSentiment('The update is good').score)
    expect(readSentiment('The update is slightly good').score).toBeLessThan(readSentiment('The update is good').score)
  })

  it('weighs the clause after "but" more than the one before', () => {
    expect(readSentiment('The agent was nice but the product is awful').label).toBe('negative')
  })

  it('explains itself: cues are sorted by strength and capped', () => {
    const { cues } = readSentiment('Awful, terrible, horrible, useless, broken, slow, ugly, bad, worst service ever!!!')
    expect(cues.length).toBeLessThanOrEqual(8)
    const strengths = cues.map((cue) => Math.abs(cue.weight))
    expect(strengths).toEqual([...strengths].sort((a, b) => b - a))
  })
})
