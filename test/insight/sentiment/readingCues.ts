import { readSentiment } from '../../../src/insight/sentiment/readSentiment'

/** The cue of `kind` the reading gives, with the customer's words as its text. */
export const cueOf = (text: string, kind: string) => readSentiment(text).cues.find((cue) => cue.kind === kind)

/** The rule cue that names `word` (learned cues aside), or undefined. */
export const ruleCueOf = (text: string, word: string) =>
  readSentiment(text).cues.find((cue) => cue.kind !== 'learned' && cue.text.split(/[\s…(]+/).includes(word))
