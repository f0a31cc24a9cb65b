/**
 * The requester's own words from one comment: HTML turned into text, quoted earlier messages, signatures,
 * sign-offs, disclaimers, auto-replies, form boilerplate, links and e-mail addresses removed. Each step only
 * removes text, so the result is never longer than its source; when the HTML version is given it is preferred,
 * because its structure (blockquote, gmail_quote) marks quotes more reliably than the plain text does.
 */
import { removeDisclaimersAndAutoReplies, removeFormFields, removeLinksAndAddresses } from './boilerplate'
import { htmlToText } from './htmlToText'
import { removeQuotedReplies } from './quotedReplies'
import { removeSignature } from './signatures'

/**
 * What a step could act on in a single line: markup, entities, quotes, addresses and links. Quoted history,
 * signatures, sign-offs, disclaimers and form fields all need lines of their own, so a one-line message without
 * these characters is already clean.
 */
const needsCleaning = /[\n\r<>&@\u2028\u2029]|https?:|ftp:|www\./i
const needsTidying = /[\u0000-\u001f\u007f\u00a0]| {2}|^\s|\s$/
const lineBreak = /\r\n?|\u2028|\u2029/g
const blankLines = /\n\s*\n/
const spaceRun = /[ \t\f\v\u00a0]+/g
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
  if (!needsCleaning.test(source)) {
    return needsTidying.test(source) ? source.replace(controlCharacters, '').replace(spaceRun, ' ').trim() : source
  }
  const text = (source === htmlBody ? htmlToText(source) : source).replace(lineBreak, '\n').replace(controlCharacters, '')
  const ownMessage = removeQuotedReplies(text.split('\n')).join('\n')
  // Disclaimers go before the sign-off search, which only looks through a few short lines at the bottom.
  const paragraphs = removeDisclaimersAndAutoReplies(ownMessage.split(blankLines))
  const lines = removeFormFields(removeSignature(paragraphs.join('\n\n').split('\n')))
  return tidy(removeLinksAndAddresses(lines.join('\n')).split('\n'))
}
