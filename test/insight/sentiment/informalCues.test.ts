import { describe, expect, it } from 'vitest'
import { thresholds } from '../../../src/insight/sentiment/lexicon/thresholds'
import { readSentiment } from '../../../src/insight/sentiment/readSentiment'
import { isLaughter, tokenizeForSentiment } from '../../../src/insight/sentiment/tokenizeForSentiment'
import { isDegreeAfterNegator, weighTokens } from '../../../src/insight/sentiment/weighTokens'

const weigh = (text: string) =>
  weighTokens(tokenizeForSentiment(text)).cues.map(({ kind, text, weight }) => ({ kind, text, weight }))

describe('"so" and "that" as degree words', () => {
  it('keeps a negation open across "so" or "that" before a tone word', () => {
    expect(weigh('it is not so good')).toEqual([{ kind: 'negated', text: 'not … good', weight: 3 * 1.2 * -0.75 }])
    expect(weigh('not that bad')).toEqual([{ kind: 'negated', text: 'not … bad', weight: -3 * -0.75 }])
    expect(readSentiment('I am not that happy with the update').label).toBe('negative')
  })

  it('boosts the tone word after "so" outside a negation', () => {
    expect(weigh('it was so good')).toEqual([{ kind: 'word', text: 'good', weight: 3 * 1.2 }])
  })

  it('still ends the clause where "so" and "that" join clauses', () => {
    expect(weigh('it does not load so annoying')).toEqual([{ kind: 'word', text: 'annoying', weight: -2 * 1.2 }])
    expect(weigh('the app did not load so I called')).toEqual([])
    expect(weigh('not the part that hurts')).toEqual([{ kind: 'word', text: 'hurts', weight: -2 }])
    expect(isDegreeAfterNegator(tokenizeForSentiment('the part that hurts'), 2)).toBe(false)
    expect(isDegreeAfterNegator(tokenizeForSentiment('not that bad'), 1)).toBe(true)
  })
})

describe('emoticons and emoji', () => {
  it('weigh more than their rating, so a smiley can outweigh one negative word', () => {
    expect(weigh(':D')).toEqual([{ kind: 'symbol', text: ':D', weight: 2 * thresholds.symbolFactor }])
    expect(readSentiment('angry birds will do all that for you! :D').score).toBeGreaterThan(0)
    expect(readSentiment('angry birds crashed again :(').score).toBeLessThan(0)
  })

  it('include winks, tongues, hearts written as HTML entities, and kisses', () => {
    for (const smiley of [';D', '=P', ':3', '&lt;3', 'xx']) {
      expect(
        weigh(`see you soon ${smiley}`).map((cue) => cue.kind),
        smiley
      ).toEqual(['symbol'])
      expect(weigh(`see you soon ${smiley}`)[0]!.weight, smiley).toBeGreaterThan(0)
    }
    expect(weigh('that was it &lt;/3')[0]!.weight).toBeLessThan(0)
    expect(weigh('so sad ;(').map((cue) => cue.text)).toContain(';(')
  })
})

describe('laughter', () => {
  it('reads laughter however it is spelled', () => {
    for (const word of ['ahahaha', 'hahahah', 'hehehe', 'ahaha']) expect(isLaughter(word), word).toBe(true)
    expect(weigh('ahahaha that was the best')[0]).toEqual({ kind: 'word', text: 'haha', weight: 3 })
  })

  it('does not read words that merely start with ha or he as laughter', () => {
    for (const word of ['ahead', 'aha', 'hehe1', 'heat', 'hahn']) expect(isLaughter(word), word).toBe(false)
  })
})

describe('chat words and idioms AFINN lacks', () => {
  it('reads chat words both ways', () => {
    expect(weigh('yay it arrived')).toEqual([{ kind: 'word', text: 'yay', weight: 2 }])
    expect(weigh('my fave feature')).toEqual([{ kind: 'word', text: 'fave', weight: 2 }])
    expect(weigh('meh, the update')).toEqual([{ kind: 'word', text: 'meh', weight: -1 }])
    expect(weigh('argh the app again')[0]).toEqual({ kind: 'word', text: 'argh', weight: -2 })
  })

  it('reads idioms as one unit, whatever their words say alone', () => {
    expect(weigh('your agent made my day')).toEqual([{ kind: 'phrase', text: 'made my day', weight: 3 }])
    expect(weigh('that feature is bad ass')).toEqual([{ kind: 'phrase', text: 'bad ass', weight: 3 }])
    expect(weigh('it could have been worse')).toEqual([{ kind: 'phrase', text: 'could have been worse', weight: 1 }])
    expect(weigh("service couldn't be better")).toEqual([{ kind: 'phrase', text: "couldn't be better", weight: 3 }])
    expect(readSentiment('the new plan is bad, my ass it saves money').label).toBe('negative')
    expect(readSentiment('the outage could be worse').score).toBeGreaterThan(readSentiment('the outage is worse').score)
  })
})

describe('praise through negation', () => {
  it('reads "can\'t thank you enough" and the like as praise, where word by word they would read as negated', () => {
    expect(weigh("I can't thank you enough")).toEqual([{ kind: 'phrase', text: "can't thank you enough", weight: 3 }])
    expect(weigh('it never fails to impress')[0]).toEqual({ kind: 'phrase', text: 'never fails to', weight: 2 })
    expect(readSentiment('no complaints at all, works as described').label).toBe('positive')
  })

  it('still negates the plain phrasing', () => {
    expect(readSentiment("I can't thank the agent, nobody answered").label).toBe('negative')
    expect(readSentiment('it fails to start every morning').score).toBeLessThan(0)
  })
})
