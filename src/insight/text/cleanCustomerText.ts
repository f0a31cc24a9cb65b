/**
 * The requester's own words from one comment: HTML turned into text, quoted earlier messages, signatures,
 * sign-offs, disclaimers, URLs and e-mail addresses removed. First version; each step becomes its own module.
 */

const replyHeader = /^(?:On\b.{0,200}\bwrote:|-{2,}\s*Original Message\s*-{2,}|From:\s.+)$/im
const quotedLine = /^\s*>.*$/gm
const signatureDelimiter = /^-- ?$/m
const mobileSignature = /^Sent from my \w+.*$/im
const url = /\b(?:https?:\/\/|www\.)\S+/gi
const emailAddress = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g

function htmlToText(html: string): string {
  return html
    .replace(/<blockquote[\s\S]*?<\/blockquote>/gi, '')
    .replace(/<br\s*\/?>|<\/p>|<\/div>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
}

function cutAt(text: string, pattern: RegExp): string {
  const match = pattern.exec(text)
  return match ? text.slice(0, match.index) : text
}

export function cleanCustomerText(body: string, htmlBody?: string | null): string {
  let text = htmlBody ? htmlToText(htmlBody) : body
  text = cutAt(text, replyHeader)
  text = text.replace(quotedLine, '')
  text = cutAt(text, signatureDelimiter)
  text = cutAt(text, mobileSignature)
  text = text.replace(url, '').replace(emailAddress, '')
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
