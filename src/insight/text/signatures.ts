/**
 * Cuts what follows the customer's message: the "-- " signature delimiter, "Sent from my iPhone"-style footers,
 * and a closing sign-off ("Best regards,", "Thanks, Anna", "Saludos") when only a short signature block (name,
 * title, company, phone) follows it. A sign-off line is never cut when it is all the message has.
 */
import vocabulary from './cleaningVocabulary.json'

const alternation = (words: string[]) => words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')

const signatureDelimiter = /^\s*--\s*$|^\s*—\s*$|^\s*__\s*$/
const mobileFooter = new RegExp(`^\\s*(?:${alternation(vocabulary.mobileFooters)})\\b`, 'iu')
/** A sign-off, optionally followed on the same line by a name of one to three capitalised words. */
const signOff = new RegExp(
  `^\\s*(?:${alternation(vocabulary.signOffs)})\\s*[,.!]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2})?\\s*[,.!]*\\s*$`,
  'iu'
)
/** The most lines a signature block under a sign-off may have, and how long each may be. */
const signatureBlockLines = 6
const signatureLineLength = 60

export function removeSignature(lines: string[]): string[] {
  let end = lines.length
  for (let index = 0; index < end; index++) {
    const line = lines[index]!
    if (signatureDelimiter.test(line) || mobileFooter.test(line)) {
      end = index
      break
    }
  }
  const kept = lines.slice(0, end)
  // Search the sign-off from the bottom, over a signature block of a few short lines.
  let nonEmptyBelow = 0
  for (let index = kept.length - 1; index >= 0; index--) {
    const line = kept[index]!
    if (line.trim() === '') continue
    if (signOff.test(line)) {
      const hasContentAbove = kept.slice(0, index).some((above) => above.trim() !== '')
      return hasContentAbove ? kept.slice(0, index) : kept
    }
    nonEmptyBelow++
    if (nonEmptyBelow > signatureBlockLines || line.trim().length > signatureLineLength) break
  }
  return kept
}
