/**
 * The rule-based reading of a text: weighed words and phrases, elapsed time, emphasis, and politeness formulas set aside when
 * the message says something negative. `sum` is on the AFINN scale (roughly -5 per strongly negative word).
 */
import { elapsedTimeCues } from './elapsedTimeCues'
import { emphasisCues } from './emphasisCues'
import { problemCourseCues } from './problemCourseCues'
import type { SentimentToken } from './tokenizeForSentiment'
import { weighTokens, type WeighedCue, type WeighedTokens } from './weighTokens'

export interface RuleTone extends WeighedTokens {
  sum: number
}

/**
 * A politeness formula counts only in a message that says nothing negative ("thanks" after a complaint is form);
 * naming the problem ("problem solved, thank you") or answering "no" is not saying something negative.
 */
function effectiveCues(cues: WeighedCue[]): WeighedCue[] {
  const saysSomethingNegative = cues.some(
    (cue) => cue.weight < 0 && cue.kind !== 'politeness' && cue.kind !== 'problem' && cue.kind !== 'answer'
  )
  return saysSomethingNegative ? cues.filter((cue) => cue.kind !== 'politeness') : cues
}

export function ruleTone(tokens: SentimentToken[]): RuleTone {
  const weighed = weighTokens(tokens)
  for (const cue of elapsedTimeCues(tokens)) weighed.cues.push(cue)
  for (const cue of problemCourseCues(tokens)) weighed.cues.push(cue)
  const emphasis = emphasisCues(tokens, weighed)
  const cues = effectiveCues(emphasis.cues.length > 0 ? [...weighed.cues, ...emphasis.cues] : weighed.cues)
  let sum = 0
  for (const cue of cues) sum += cue.weight
  const tone = weighed as RuleTone
  tone.cues = cues
  tone.sum = sum * emphasis.amplification
  return tone
}
