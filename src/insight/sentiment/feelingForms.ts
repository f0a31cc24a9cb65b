/**
 * Feeling words said as a form rather than felt (modifiers.json `feelingForms`): a wish in the conditional ("I'd be
 * grateful if someone could…", "we would appreciate a reply", "I'd love to know if…") asks for something, and an
 * acknowledgement of the company's situation before a contrast ("I appreciate you're busy, but…") concedes before a
 * complaint. Complaints open and close with both, so read as feeling they pushed polite complaints positive.
 */
import modifiers from './lexicon/modifiers.json'
import { contrastWords } from './lexicon/sentimentLexicon'
import { sentenceExclaims } from './markerPhrases'
import type { SentimentToken } from './tokenizeForSentiment'

const forms = modifiers.feelingForms
const feelingWords: ReadonlySet<string> = new Set(forms.words)
const conditionals: ReadonlySet<string> = new Set(forms.conditionals)
const between: ReadonlySet<string> = new Set(forms.between)
const acknowledged: ReadonlySet<string> = new Set(forms.acknowledged)
const beForms: ReadonlySet<string> = new Set(forms.beForms)
const acknowledging: ReadonlySet<string> = new Set(forms.acknowledgingWords)

const wordAt = (tokens: SentimentToken[], index: number) => {
  const token = tokens[index]
  return token?.kind === 'word' ? token.text : ''
}

/**
 * "would … appreciate", "I'd be … grateful": a conditional before the word, with at most a few fillers between, in
 * a sentence that does not exclaim ("I would love that!" is delight at an offer).
 */
function saidAsWish(tokens: SentimentToken[], index: number): boolean {
  for (let at = index - 1; at >= 0 && at >= index - 4; at--) {
    const word = wordAt(tokens, at)
    if (conditionals.has(word)) return !sentenceExclaims(tokens, index)
    if (!between.has(word)) return false
  }
  return false
}

/** "appreciate (that) you're busy", "appreciate it is a busy time", with a contrast later in the message. */
function saidAsAcknowledgement(tokens: SentimentToken[], index: number): boolean {
  let at = index + 1
  if (wordAt(tokens, at) === 'that') at++
  const subject = wordAt(tokens, at)
  if (!acknowledged.has(subject)) return false
  // A contraction carries its verb; "you are", "things were" need one next.
  if (!subject.includes("'") && !beForms.has(wordAt(tokens, at + 1))) return false
  for (let later = at + 1; later < tokens.length; later++) if (contrastWords.has(wordAt(tokens, later))) return true
  return false
}

/** Whether the feeling word at `index` is a form: a wish or an acknowledgement (its tone weighs as politeness). */
export function isFeelingForm(tokens: SentimentToken[], index: number): boolean {
  const word = tokens[index]!.text
  if (!feelingWords.has(word) && !acknowledging.has(word)) return false
  return (
    (feelingWords.has(word) && saidAsWish(tokens, index)) ||
    (acknowledging.has(word) && saidAsAcknowledgement(tokens, index))
  )
}
