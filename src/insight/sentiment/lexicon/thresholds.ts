/** The numbers tone reading depends on, in one place so they can be measured and changed together. */
export const thresholds = {
  /** A negator's scope runs to the end of its clause but never further than this many words. */
  negationScopeTokens: 5,
  /** A negated word keeps three quarters of its strength with the opposite sign ("not good" is not "bad"). */
  negationFactor: -0.75,
  /**
   * Emoticons and emoji weigh this much more than their rating: in a short text a smiley usually says how the rest
   * is meant ("angry birds will do all that for you! :D").
   */
  symbolFactor: 2,
  /** "Couldn't be more disappointed", "can't get any worse": an extreme keeps its sign and weighs this much more. */
  extremeFactor: 1.5,
  /** Praise in a text with an irony marker ("Super helpful 🙃", "oh great") is read reversed, as a negation is. */
  ironyFactor: -0.75,
  /** A sentiment word in capitals in a text that is not all capitals. */
  capsFactor: 1.5,
  /** Clause before a contrast word ("but") weighs less, the clause after it more. */
  beforeContrastFactor: 0.5,
  afterContrastFactor: 1.5,
  /** Each ! (up to four) adds this much strength in the direction the text already leans. */
  exclamationBoost: 0.3,
  maxExclamations: 4,
  /** A run of ?? or ?! reads as exasperation. */
  questionRunWeight: -1,
  /** Three capitalised words in a row with no tone words: shouting. */
  shoutingRunWords: 3,
  shoutingWeight: -1.5,
  shoutingFactor: 1.3,
  /** Squashes the summed strength into (-1, 1): score = sum / sqrt(sum² + alpha). */
  normalizationAlpha: 15,
  /** |score| below this reads as neutral. */
  neutralBand: 0.1,
  /** From this |score| on the label is polar even when only problem words or learned words drove it. */
  clearlyPolar: 0.8,
  /** A thanks makes a message positive on its own only when the message has at most this many words and asks nothing. */
  gratitudeOnlyWords: 5,
  /** Below this many words and no emoji or emoticon, there is too little to read: abstain. */
  minimumWords: 1,
  /** A text this short (one word) with no cue at all ("asdf", "Oakland") says nothing about tone: abstain. */
  silentShortTextWords: 1
} as const
