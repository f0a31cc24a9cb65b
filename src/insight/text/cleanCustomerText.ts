/**
 * The requester's own words from one comment: HTML turned into text, quoted earlier messages, signatures,
 * sign-offs, disclaimers, auto-replies, form boilerplate, links and e-mail addresses removed. Each step only
 * removes text, so the result is never longer than its source; when the HTML version is given it is preferred,
 * because its structure (blockquote, gmail_quote) marks quotes more reliably than the plain text does.
 */
import { removeDisclaimersAndAutoReplies, removeFormFields, removeLinksAndAddresses } from './boilerplate'
import { htmlToText } from './htmlToText'
import { removeQuotedReplies } from './quotedReplies'
import { removeInlineSignOff, removeSignature } from './signatures'

/**
 * Control characters, markup, entities, addresses, non-breaking or doubled spaces, Unicode line separators, links:
 * one regular expression, so a clean text is scanned once.
 */
const needsWork = /[\u0000-\u001f<>&@\u007f\u00a0\u2028\u2029]| {2}|http|www\.|ftp:/

/**
 * Whether a one-line text needs any step: markup, entities, quotes, addresses, links, control characters or
 * untidy spaces. Quoted history, signatures, sign-offs, disclaimers and form fields all need lines of their own,
 * so a one-line message without these is already clean. Native scans only: most texts are short and clean, and
 * this runs for every comment the sidebar reads.
 */
function isAlreadyClean(text: string): boolean {
  const length = text.length
  if (length === 0) return true
  if (text.charCodeAt(0) <= 32 || text.charCodeAt(length - 1) <= 32) return false
  return !needsWork.test(text)
}

const lineBreak = /\r\n?|\u2028|\u2029/g
const quotedLine = /^\s*>/
const blankLines = /\n\s*\n/
/**
 * A run of spaces, tabs or non-breaking spaces, made one space. A lone plain space is left unmatched: it would be
 * replaced by itself, and replacing every space between words made this the dearest step of tidying a message.
 */
const spaceRun = /[ \t\f\v\u00a0]{2,}|[\t\f\v\u00a0]/g
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g

function tidy(lines: string[]): string {
  return lines
    .map((line) => line.replace(spaceRun, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

export function cleanCustomerText(body: string, htmlBody?: string | null): string {
  const source = htmlBody && htmlBody.trim() !== '' ? htmlBody : body
  if (isAlreadyClean(source)) return removeInlineSignOff(source)
  const text = (source === htmlBody ? htmlToText(source) : source)
    .replace(lineBreak, '\n')
    .replace(controlCharacters, '')
  // One line has no room for quoted history, a signature block or form fields: only links, an inline sign-off and
  // tidying apply.
  if (!text.includes('\n'))
    return quotedLine.test(text) ? '' : removeInlineSignOff(removeLinksAndAddresses(text).replace(spaceRun, ' ').trim())
  const ownMessage = removeQuotedReplies(text.split('\n')).join('\n')
  // Disclaimers go before the sign-off search, which only looks through a few short lines at the bottom.
  const paragraphs = removeDisclaimersAndAutoReplies(ownMessage.split(blankLines))
  const lines = removeFormFields(removeSignature(paragraphs.join('\n\n').split('\n')))
  return tidy(removeLinksAndAddresses(lines.join('\n')).split('\n'))
}
