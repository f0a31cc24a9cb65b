/**
 * HTML to plain text without a DOM (the insight layer runs anywhere): one scan over tags and text. Quoted
 * earlier messages are dropped by structure — <blockquote>, Gmail's gmail_quote, Thunderbird's moz-cite-prefix,
 * Yahoo's yahoo_quoted — and signature blocks (gmail_signature, moz-signature, Outlook's id="Signature"); everything
 * after Outlook's reply divider (appendonsend / divRplyFwdMsg) is cut.
 * Block elements end lines (paragraphs leave a blank line) so the plain-text steps that follow can work line by line.
 */
import { decodeEntities } from './decodeEntities'

const tagOrComment =
  /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[!?][^>]{0,2000}>?|<(\/?)([a-zA-Z][\w:-]{0,40})((?:[^<>"']|"[^"]{0,2000}"|'[^']{0,2000}'){0,200})>/g
// Bounded repetitions keep a malformed tag (an unclosed quote) from turning the scan quadratic, and an unquoted
// "<" ends a tag's attributes, so text like "<a <a <a …" costs one step per "<" instead of 200.
const droppedElements: ReadonlySet<string> = new Set(['script', 'style', 'head', 'title', 'blockquote', 'template'])
const quoteContainer =
  /\b(?:class\s*=\s*["']?[^"'>]{0,300}?\b(?:gmail_quote|gmail_attr|gmail_signature|moz-cite-prefix|moz-signature|yahoo_quoted|OutlookMessageHeader)\b|id\s*=\s*["']?Signature\b)/i
const replyDivider = /\bid\s*=\s*["']?(?:appendonsend|divRplyFwdMsg|x_divRplyFwdMsg|x_appendonsend)\b/i
const blockElements: ReadonlySet<string> = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'tr',
  'table',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'pre',
  'section',
  'article',
  'header',
  'footer',
  'dd',
  'dt'
])
const voidElements: ReadonlySet<string> = new Set([
  'br',
  'hr',
  'img',
  'meta',
  'link',
  'input',
  'wbr',
  'col',
  'area',
  'base',
  'source'
])
const whitespaceRun = /[ \t\r\n\f]+/g

export function htmlToText(html: string): string {
  const parts: string[] = []
  /** Name and nesting depth of the element whose content is being dropped. */
  let dropping: { name: string; depth: number } | null = null
  let inPre = false
  let last = 0
  const pushText = (raw: string) => {
    if (dropping || raw === '') return
    parts.push(decodeEntities(inPre ? raw : raw.replace(whitespaceRun, ' ')))
  }
  /** Ends the current line (and leaves `count - 1` blank lines) unless the text already does. */
  const lineBreak = (count: number) => {
    let trailing = 0
    for (let index = parts.length - 1; index >= 0 && trailing < count; index--) {
      const part = parts[index]!
      if (part === '\n') trailing++
      else if (part.trim() !== '') break
    }
    for (; trailing < count; trailing++) parts.push('\n')
  }
  tagOrComment.lastIndex = 0
  for (let match = tagOrComment.exec(html); match !== null; match = tagOrComment.exec(html)) {
    pushText(html.slice(last, match.index))
    last = tagOrComment.lastIndex
    const [, closing, rawName, attributes = ''] = match
    if (rawName === undefined) continue
    const name = rawName.toLowerCase()
    if (dropping) {
      if (name === dropping.name && !voidElements.has(name)) {
        dropping.depth += closing ? -1 : attributes.trimEnd().endsWith('/') ? 0 : 1
        if (dropping.depth === 0) dropping = null
      }
      continue
    }
    if (!closing && replyDivider.test(attributes)) {
      last = html.length
      break
    }
    if (!closing && !voidElements.has(name) && (droppedElements.has(name) || quoteContainer.test(attributes))) {
      if (!attributes.trimEnd().endsWith('/')) dropping = { name, depth: 1 }
      continue
    }
    if (name === 'pre') inPre = !closing
    if (name === 'br') parts.push('\n')
    else if (name === 'p' && closing) lineBreak(2)
    else if (blockElements.has(name)) lineBreak(1)
    else if (name === 'td' || name === 'th') parts.push(' ')
  }
  pushText(html.slice(last))
  return parts.join('')
}
