/**
 * A sentence that opens with a regret ("Shame it still can't process a refund.", "A pity it took until March.") is
 * a "but" across sentences: the praise or thanks before it ("Love the new logo.", "Thanks for the reminder.") is the
 * set-up of the complaint (modifiers.json `regretOpeners`).
 */
import modifiers from './lexicon/modifiers.json'
import type { SentimentToken } from './tokenizeForSentiment'

const regrets: ReadonlySet<string> = new Set(modifiers.regretOpeners.words)
const leadIns: ReadonlySet<string> = new Set(modifiers.regretOpeners.before)

/** Whether the word at `index` is a regret that opens a sentence after the first, lead-in words ("a", "such a") aside. */
export function opensRegret(tokens: SentimentToken[], index: number): boolean {
  if (!regrets.has(tokens[index]!.text)) return false
  for (let at = index - 1; at >= 0 && at >= index - 3; at--) {
    const token = tokens[at]!
    if (token.kind !== 'word') return at > 0 && token.kind !== 'comma'
    if (!leadIns.has(token.text)) return false
  }
  return false
}
