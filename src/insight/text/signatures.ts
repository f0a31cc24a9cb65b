/**
 * Cuts what follows the customer's message: the "-- " signature delimiter, "Sent from my iPhone"-style footers,
 * and a closing sign-off ("Best regards,", "Thanks, Anna", "Saludos") when only a short signature block (name,
 * title, company, phone) follows it. A sign-off line is never cut when it is all the message has.
 */
import vocabulary from './cleaningVocabulary.json'

const alternation = (words: string[]) => words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')

const signatureDelimiter = /^\s*--\s*$|^\s*—\s*$|^\s*__\s*$/
const mobileFooter = new RegExp(`^\\s*(?:${alternation(vocabulary.mobileFooters)})\\b`, 'iu')
/** Sign-offs longest first, so "thanks again" wins over "thanks". */
const signOffs = [...vocabulary.signOffs].sort((a, b) => b.length - a.length)
/** What may follow a sign-off on its line: punctuation and a name of one to three capitalised words. */
const nameAfterSignOff = /^[,.!]*(?:\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?\s*[,.!]*$/u
const letter = /\p{L}/u

/**
 * "Best regards,", "Thanks, Ann", "Saludos" — but not "Thanks for nothing." (names must be capitalised).
 * `needsName`: only a sign-off followed by a name counts.
 */
function isSignOff(line: string, needsName = false): boolean {
  const trimmed = line.trim()
  const lower = trimmed.toLowerCase()
  const signOff = signOffs.find(
    (candidate) => lower.startsWith(candidate) && !letter.test(lower[candidate.length] ?? '')
  )
  if (signOff === undefined) return false
  const after = trimmed.slice(signOff.length)
  return nameAfterSignOff.test(after) && (!needsName || letter.test(after))
}

/** How far from the end of a one-line message an inline sign-off and name may start. */
const inlineSignOffLength = 48
/** First words of the sign-offs, so most sentence ends are ruled out by one lookup. */
const signOffFirstWords: ReadonlySet<string> = new Set(signOffs.map((signOff) => signOff.split(' ')[0]!))
const firstWord = /^\s*([\p{L}]+)/u

/**
 * A message flattened to one line (some channels and exports join an e-mail's lines) keeps its sign-off inline:
 * "… let me know if anything else is needed. Best, Lukas". Its last sentence is cut when it is a sign-off with a
 * name; a bare "Thanks!" after the message is kept, as it may be the customer's gratitude.
 */
export function removeInlineSignOff(text: string): string {
  // A name ends the message: most texts end in a lower-case word and are done with here.
  const lastWord = text.charCodeAt(text.lastIndexOf(' ') + 1)
  if (!(lastWord >= 65 && lastWord <= 90) && !(lastWord > 127)) return text
  const stop = Math.max(0, text.length - inlineSignOffLength)
  for (let index = text.length - 2; index > stop; index--) {
    const code = text.charCodeAt(index)
    if (code !== 46 && code !== 33 && code !== 63) continue
    const tail = text.slice(index + 1)
    const word = tail.charCodeAt(0) === 32 ? firstWord.exec(tail)?.[1]?.toLowerCase() : undefined
    const signsOff = word !== undefined && signOffFirstWords.has(word) && isSignOff(tail, true)
    return signsOff ? text.slice(0, index + 1) : text
  }
  return text
}
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
    if (isSignOff(line)) {
      const hasContentAbove = kept.slice(0, index).some((above) => above.trim() !== '')
      return hasContentAbove ? kept.slice(0, index) : kept
    }
    nonEmptyBelow++
    if (nonEmptyBelow > signatureBlockLines || line.trim().length > signatureLineLength) break
  }
  return kept
}
