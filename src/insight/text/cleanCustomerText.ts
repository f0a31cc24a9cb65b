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

/** Anything a step could act on; a short single-line message without these is already clean. */
const needsCleaning = /[\n\r<>&@:_—-]|https?|www\.|sent |enviado|gesendet|envoy|regards|thank|thx|cheers|saludo|gr[üu](ß|ss)e|merci|gracias/i
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
  if (source.length < 200 && !needsCleaning.test(source)) return source.replace(controlCharacters, '').replace(spaceRun, ' ').trim()
  const text = (source === htmlBody ? htmlToText(source) : source).replace(lineBreak, '\n').replace(controlCharacters, '')
  const ownMessage = removeQuotedReplies(text.split('\n')).join('\n')
  // Disclaimers go before the sign-off search, which only looks through a few short lines at the bottom.
  const paragraphs = removeDisclaimersAndAutoReplies(ownMessage.split(blankLines))
  const lines = removeFormFields(removeSignature(paragraphs.join('\n\n').split('\n')))
  return tidy(removeLinksAndAddresses(lines.join('\n')).split('\n'))
}
