import { describe, expect, it } from 'vitest'
import { elapsedTimeCues } from '../../../src/insight/sentiment/elapsedTimeCues'
import { problemCourseCues } from '../../../src/insight/sentiment/problemCourseCues'
import { emphasisCues } from '../../../src/insight/sentiment/emphasisCues'
import { learnedTone } from '../../../src/insight/sentiment/learnedTone'
import { ruleTone } from '../../../src/insight/sentiment/ruleTone'
import { tokenizeForSentiment } from '../../../src/insight/sentiment/tokenizeForSentiment'
import { weighTokens } from '../../../src/insight/sentiment/weighTokens'

const shape = (text: string) =>
  tokenizeForSentiment(text).map((token) => `${token.kind}:${token.text}${token.caps ? '^' : ''}`)
const weigh = (text: string) =>
  weighTokens(tokenizeForSentiment(text)).cues.map(({ kind, text, weight }) => ({ kind, text, weight }))

describe('tokenizeForSentiment', () => {
  it('keeps words (with apostrophes, made straight), punctuation runs, emoticons and emoji', () => {
    expect(shape('I don’t like it :( but THIS is GREAT!!! 😍xD')).toEqual([
      'word:i',
      "word:don't",
      'word:like',
      'word:it',
      'emoticon::(',
      'word:but',
      'word:this^',
      'word:is',
      'word:great^',
      'exclaim:!!!',
      'emoji:😍',
      'emoticon:xD'
    ])
    expect(shape('Really?? Well... (see box) café - ok')).toEqual([
      'word:really',
      'question:??',
      'word:well',
      'stop:...',
      'comma:(',
      'word:see',
      'word:box',
      'comma:)',
      'word:café',
      'comma:-',
      'word:ok'
    ])
  })

  it('reads an emoji sequence as its first emoji: variation selectors and joined modifiers are not words', () => {
    expect(shape('love it ❤️')).toEqual(['word:love', 'word:it', 'emoji:❤'])
    expect(shape('ok 🤦‍♂️ really')).toEqual(['word:ok', 'emoji:🤦', 'word:really'])
  })

  it('lower-cases and notes capitals alike for ASCII words and others, and in texts that change length lower-cased', () => {
    expect(shape("I'M 3RD in LINE, DON’T ask")).toEqual([
      "word:i'm^",
      'word:third^',
      'word:in',
      'word:line^',
      'comma:,',
      "word:don't^",
      'word:ask'
    ])
    expect(shape('CAFÉ Straße ΟΔΟΣ')).toEqual(['word:café^', 'word:straße', 'word:οδος^'])
    // "İ" lower-cases to two characters, so the words of this text are lower-cased one by one.
    expect(shape('İstanbul was GREAT, a1 A1')).toEqual([
      'word:i̇stanbul',
      'word:was',
      'word:great^',
      'comma:,',
      'word:a1',
      'word:a1^'
    ])
  })

  it('does not read an emoticon glued inside a word or a number', () => {
    expect(shape('item 8) and box:)x')).not.toContain('emoticon:8)')
  })
})

describe('weighTokens (the scoring strategy)', () => {
  it('takes AFINN valences from the sentiment package, support entries over them', () => {
    expect(weigh('good')).toEqual([{ kind: 'word', text: 'good', weight: 3 }])
    expect(weigh('unacceptable')).toEqual([{ kind: 'word', text: 'unacceptable', weight: -3 }])
    expect(weigh('wrong')).toEqual([{ kind: 'problem', text: 'wrong', weight: -1 }])
  })

  it('negates to the end of the clause, capped, and stops at punctuation or "but"', () => {
    expect(weigh('not really a good idea')).toEqual([{ kind: 'negated', text: 'not … good', weight: 3 * -0.75 }])
    expect(weigh('not now, good')).toEqual([{ kind: 'word', text: 'good', weight: 3 }])
    expect(weigh('not bad but good')[1]).toEqual({ kind: 'word', text: 'good', weight: 3 * 1.5 })
  })

  it('boosts and tones down the next sentiment word, and weighs capitals in mixed text', () => {
    expect(weigh('very good')[0]!.weight).toBeCloseTo(3 * 1.3)
    expect(weigh('slightly good')[0]!.weight).toBeCloseTo(3 * 0.5)
    expect(weigh('it is GOOD')[0]!.weight).toBeCloseTo(3 * 1.5)
    expect(weigh('IT IS GOOD')[0]!.weight).toBe(3)
  })

  it('reads lexicon phrases as one unit: politeness, frustration, fixed valence', () => {
    expect(weigh('thanks in advance')).toEqual([{ kind: 'politeness', text: 'thanks in advance', weight: 0 }])
    expect(weigh('this is the third time')).toEqual([{ kind: 'frustration', text: 'third time', weight: -2 }])
    expect(weigh('no problem')).toEqual([{ kind: 'phrase', text: 'no problem', weight: 1 }])
    expect(weigh('still not fixed')).toContainEqual({ kind: 'negated', text: 'not … fixed', weight: 1 * -0.75 })
  })
})

describe('emphasisCues', () => {
  const emphasis = (text: string) => {
    const tokens = tokenizeForSentiment(text)
    return emphasisCues(tokens, weighTokens(tokens))
  }

  it('reads ?? and shouting without tone words as frustration', () => {
    expect(emphasis('where is it??').cues).toEqual([expect.objectContaining({ kind: 'frustration', text: '??' })])
    expect(emphasis('WHERE IS MY ORDER').cues).toEqual([
      expect.objectContaining({ kind: 'frustration', text: 'WHERE IS MY ORDER' })
    ])
  })

  it('amplifies the words with exclamation marks, up to four', () => {
    expect(emphasis('good!').amplification).toBeGreaterThan(1)
    expect(emphasis('good!!!!!!!!').amplification).toBe(emphasis('good!!!!').amplification)
  })
})

describe('ruleTone and learnedTone', () => {
  it('sets politeness aside when the message says something negative', () => {
    const polite = ruleTone(tokenizeForSentiment('thank you for your help'))
    const complaint = ruleTone(tokenizeForSentiment('broken again. thank you for your help'))
    expect(polite.cues.map((cue) => cue.kind)).toContain('politeness')
    expect(complaint.cues.map((cue) => cue.kind)).not.toContain('politeness')
  })

  it('adds each learned word once, as a cue, on top of the rescaled rule sum', () => {
    const tokens = tokenizeForSentiment('awful awful movie, awful plot')
    const { logit, cues } = learnedTone(tokens, ruleTone(tokens))
    const learned = cues.filter((cue) => cue.kind === 'learned')
    expect(new Set(learned.map((cue) => cue.text)).size).toBe(learned.length)
    expect(logit).toBeCloseTo(cues.reduce((sum, cue) => sum + cue.weight, 0) / 1, 5)
  })
})

describe('elapsedTimeCues', () => {
  const elapsed = (text: string) =>
    elapsedTimeCues(tokenizeForSentiment(text)).map(({ text, weight }) => ({ text, weight }))

  it('reads a stated wait as frustration, heavier for longer units', () => {
    expect(elapsed('I have been waiting for 3 weeks')).toEqual([{ text: 'for 3 weeks', weight: -2 }])
    expect(elapsed('nothing works over the past two days')).toEqual([{ text: 'over the past two days', weight: -1.5 }])
    expect(elapsed('down for a couple of hours')).toEqual([{ text: 'for a couple of hours', weight: -1 }])
  })

  it('needs a lead word and an amount', () => {
    expect(elapsed('3 weeks ago I ordered a lamp')).toEqual([])
    expect(elapsed('for days')).toEqual([])
    expect(elapsed('thanks for the weeks of help')).toEqual([])
  })

  // The scoring strategy marks negation scopes first, as in ruleTone.
  const waited = (text: string) => {
    const tokens = tokenizeForSentiment(text)
    weighTokens(tokens)
    return elapsedTimeCues(tokens).map((cue) => cue.text)
  }

  it('reads time spent waiting or with a problem that persists', () => {
    expect(waited('I have been waiting for 3 weeks')).toEqual(['for 3 weeks'])
    expect(waited('It is still broken after 2 days')).toEqual(['after 2 days'])
    expect(waited('The export has failed for 10 days now')).toEqual(['for 10 days'])
    expect(waited('Over the past two days, it keeps failing')).toEqual(['over the past two days'])
    expect(waited("It's been a week and no answer")).toEqual(['been a week'])
    expect(waited("The app hasn't worked for three days")).toEqual(['for three days'])
    expect(waited('Nobody has replied to my emails for a week')).toEqual(['for a week'])
    expect(waited('Our site has been down for a couple of hours')).toEqual(['for a couple of hours'])
  })

  it('does not read tenure, ownership or a booking as a wait', () => {
    expect(waited('We have been with you for four years and I have never had to chase a problem like this.')).toEqual(
      []
    )
    expect(waited('I have been a customer for 3 years.')).toEqual([])
    expect(waited('We have used your product for many years')).toEqual([])
    expect(waited("I've been with your bank for over ten years")).toEqual([])
    expect(waited('Loyal member for 5 years, never had an issue for years')).toEqual([])
    expect(waited('Member since 2019 and I need the room for two days')).toEqual([])
    expect(waited("It's been 3 years with you and I love it")).toEqual([])
  })

  it('keeps a wait in one clause when another clause states tenure', () => {
    expect(waited('A customer for 3 years, and still waiting for two weeks for a refund')).toEqual(['for two weeks'])
  })
})

describe('negators and boosters with nothing to act on', () => {
  it('reads a negator that negates no tone word with its own lean', () => {
    expect(weigh('no perks')).toEqual([{ kind: 'answer', text: 'no', weight: -1 }])
    expect(weigh('no good')).toEqual([{ kind: 'negated', text: 'no … good', weight: 3 * -0.75 }])
  })

  it('reads a booster with a tone of its own as a word when no tone word follows', () => {
    expect(weigh('damn you')).toEqual([{ kind: 'word', text: 'damn', weight: -2 }])
    expect(weigh('damn good')[0]!.weight).toBeGreaterThan(3)
  })
})

describe('problemCourseCues', () => {
  // The scoring strategy marks phrases and negation scopes first, as in ruleTone.
  const course = (text: string) => {
    const tokens = tokenizeForSentiment(text)
    weighTokens(tokens)
    return problemCourseCues(tokens).map(({ kind, text, weight }) => ({ kind, text, weight }))
  }

  it('reads a problem that goes on or comes back as frustration, on either side of the marker', () => {
    expect(course('The export still fails')).toEqual([{ kind: 'frustration', text: 'still … fails', weight: -2 }])
    expect(course('It crashed again.')).toEqual([{ kind: 'frustration', text: 'crashed … again', weight: -2 }])
    expect(course('The error is still there')).toEqual([{ kind: 'frustration', text: 'error … still', weight: -2 }])
    expect(course('It crashes every time I open it')).toEqual([
      { kind: 'frustration', text: 'crashes … every time', weight: -2 }
    ])
  })

  it('needs a leaning problem word in the same clause, not negated, and no praise', () => {
    expect(course('It still works fine')).toEqual([])
    expect(course('Thanks again, it works again')).toEqual([])
    expect(course('Tried again and there were no errors')).toEqual([])
    expect(course('I still love it despite the bug')).toEqual([])
    expect(course('The error is gone. I tried again')).toEqual([{ kind: 'phrase', text: 'error … gone', weight: 3 }])
  })

  it('reads a resolved problem as relief in place of the problem word, but not in a question', () => {
    // The problem word keeps its own -1 cue; relief of 2 + 1 outweighs it.
    expect(course('the problem is resolved')).toEqual([{ kind: 'phrase', text: 'problem … resolved', weight: 3 }])
    expect(course('Has the bug been fixed yet?')).toEqual([])
    expect(course('The error is not fixed')).toEqual([])
  })

  it('reads a persisting word that is a sentence of its own as frustration about what was just said', () => {
    expect(course('Nobody called. Again.')).toEqual([{ kind: 'frustration', text: 'again', weight: -2 }])
    expect(course('Again.')).toEqual([])
    expect(course('Thanks again!')).toEqual([])
  })

  it('leaves words the fixed phrases already read to them', () => {
    expect(course('It is still broken')).toEqual([])
    expect(course('Broken again')).toEqual([])
    expect(course('Problem solved')).toEqual([])
  })
})
