/**
 * Writes a requester's email the way mail clients deliver it to Zendesk: greeting, the customer's own words, a
 * sign-off and signature, then the quoted previous message — as the plain `body` and as Gmail-style `html_body`.
 * The insight engine must keep only the customer's own words, so the stories are full of these.
 */

export interface EmailParts {
  greeting?: string
  paragraphs: string[]
  signOff?: string
  signature?: string[]
  /** The message being replied to. */
  quoted?: { header: string; text: string }
  /** A line mail clients append ("Sent from my iPhone"). */
  footer?: string
}

export function emailReply(parts: EmailParts): { text: string; html: string } {
  const signature = [parts.signOff, ...(parts.signature ?? [])].filter((line): line is string => line !== undefined)
  const textBlocks = [
    ...(parts.greeting ? [parts.greeting] : []),
    ...parts.paragraphs,
    ...(signature.length > 0 ? [signature.join('\n')] : []),
    ...(parts.footer ? [parts.footer] : []),
    ...(parts.quoted ? [`${parts.quoted.header}\n${quoteLines(parts.quoted.text)}`] : [])
  ]
  const paragraph = (text: string): string => `<p dir="auto">${escape(text).replace(/\n/g, '<br>')}</p>`
  const htmlBlocks = [
    ...(parts.greeting ? [paragraph(parts.greeting)] : []),
    ...parts.paragraphs.map(paragraph),
    ...(signature.length > 0
      ? [`<div class="gmail_signature" dir="auto">${signature.map(escape).join('<br>')}</div>`]
      : []),
    ...(parts.footer ? [paragraph(parts.footer)] : []),
    ...(parts.quoted
      ? [
          `<div class="gmail_quote"><div class="gmail_attr">${escape(parts.quoted.header)}</div>` +
            `<blockquote class="gmail_quote">${parts.quoted.text
              .split(/\n{2,}/)
              .map(paragraph)
              .join('')}</blockquote></div>`
        ]
      : [])
  ]
  return {
    text: textBlocks.join('\n\n'),
    html: `<div class="zd-comment" dir="auto">${htmlBlocks.join('')}</div>`
  }
}

function quoteLines(text: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n')
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
