/**
 * Cuts the earlier messages a reply carries below the customer's new words: reply headers ("On … wrote:",
 * "El … escribió:", "Am … schrieb …:"), "-----Original Message-----" markers, Outlook's From/Sent/To/Subject
 * block, help-desk "reply above this line" markers, and ">"-quoted lines wherever they are.
 */
import vocabulary from './cleaningVocabulary.json'

const alternation = (words: string[]) => words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')

const replyHeader = new RegExp(
  `^\\s*(?:${vocabulary.replyHeaders.map(({ start, verb }) => `${start}\\s.{0,300}?(?<!\\p{L})(?:${verb})(?!\\p{L})[^\\n]{0,120}?:`).join('|')})\\s*$`,
  'iu'
)
const originalMessage = new RegExp(
  `^\\s*[-_=]{2,}\\s*(?:${alternation(vocabulary.originalMessageMarkers)})\\s*[-_=]{2,}`,
  'iu'
)
const headerFrom = new RegExp(`^\\s*\\*?(?:${alternation(vocabulary.headerFrom)})\\s*:\\*?\\s+\\S`, 'iu')
const headerField = new RegExp(
  `^\\s*\\*?(?:${alternation([...vocabulary.headerSent, ...vocabulary.headerOther])})\\s*:\\*?\\s`,
  'iu'
)
const headerSent = new RegExp(`^\\s*\\*?(?:${alternation(vocabulary.headerSent)})\\s*:\\*?\\s`, 'iu')
const separatorLine = /^\s*[_=-]{8,}\s*$/
const quotedLine = /^\s*>/
const helpDeskMarker = new RegExp(alternation(vocabulary.helpDeskMarkers), 'i')

/** An Outlook header block: a From: line with a Sent:/Date: line among the next four header lines. */
function startsHeaderBlock(lines: string[], index: number): boolean {
  if (!headerFrom.test(lines[index]!)) return false
  for (let next = index + 1; next < Math.min(lines.length, index + 5); next++) {
    const line = lines[next]!
    if (headerSent.test(line)) return true
    if (!headerField.test(line)) return false
  }
  return false
}

/** Index of the first line of quoted history, or lines.length when there is none. */
export function quotedHistoryStart(lines: string[]): number {
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    if (line.length > 500) continue
    if (helpDeskMarker.test(line) || originalMessage.test(line) || startsHeaderBlock(lines, index)) return index
    // Gmail wraps long headers: "On Mon, 3 Mar 2025 at 10:02, Support <\nhelp@acme.com> wrote:".
    if (replyHeader.test(line)) return index
    const joined = index + 1 < lines.length ? `${line} ${lines[index + 1]!}` : ''
    if (joined !== '' && joined.length < 500 && replyHeader.test(joined)) return index
    if (separatorLine.test(line) && index + 1 < lines.length && startsHeaderBlock(lines, index + 1)) return index
  }
  return lines.length
}

export function removeQuotedReplies(lines: string[]): string[] {
  return lines.slice(0, quotedHistoryStart(lines)).filter((line) => !quotedLine.test(line))
}
