/**
 * Script-injection payloads, each of which, if it ever ran, would call `__xss(<its id>)` (a hook the browser
 * proof counts) or open a dialog (which it also counts). They cover the families an attacker would try in a
 * ticket: script tags, event handlers, `javascript:` URLs, SVG and MathML parsing tricks, entity-, percent- and
 * escape-encoded forms, and template syntax (`{{…}}`, `${…}`) aimed at the translation placeholders.
 * Each ends with a plain marker (`xss-case-<id>`), so the proof can also show that the payload reached the page,
 * as text.
 */
export interface XssPayload {
  id: number
  family: string
  text: string
}

const payloads: Array<[string, (id: number) => string]> = [
  ['script tag', (id) => `<script>__xss(${id})</script>`],
  ['script tag, attribute break-out', (id) => `"><script>__xss(${id})</script>`],
  ['img onerror', (id) => `<img src=x onerror=__xss(${id})>`],
  ['img onerror, quote break-out', (id) => `'><img src=x onerror="__xss(${id})">`],
  ['img onerror, alert', (id) => `<img src=x onerror=alert(${id})> __xss(${id})`],
  ['svg onload', (id) => `<svg onload=__xss(${id})>`],
  ['svg script', (id) => `<svg><script>__xss(${id})</script></svg>`],
  ['svg link', (id) => `<svg><a xlink:href="javascript:__xss(${id})"><text y="20">x</text></a></svg>`],
  ['svg animate', (id) => `<svg><animate onbegin=__xss(${id}) attributeName=x dur=1s>`],
  ['MathML mutation', (id) => `<math><mtext><table><mglyph><style><img src=x onerror=__xss(${id})>`],
  ['MathML href', (id) => `<math href="javascript:__xss(${id})">x</math>`],
  ['details ontoggle', (id) => `<details open ontoggle=__xss(${id})>`],
  ['input autofocus', (id) => `<input autofocus onfocus=__xss(${id})>`],
  ['body onload', (id) => `<body onload=__xss(${id})>`],
  ['iframe srcdoc', (id) => `<iframe srcdoc="<script>__xss(${id})</script>"></iframe>`],
  ['anchor javascript:', (id) => `<a href="javascript:__xss(${id})">open</a>`],
  ['bare javascript: URL', (id) => `javascript:__xss(${id})`],
  ['mixed-case javascript: URL', (id) => ` JaVaScRiPt:__xss(${id})`],
  ['javascript: URL with tab', (id) => `java\tscript:__xss(${id})`],
  ['entity-encoded javascript: URL', (id) => `&#106;&#97;vascript:__xss(${id})`],
  ['data: URL', (id) => `<a href="data:text/html,<script>__xss(${id})</script>">x</a>`],
  ['object data', (id) => `<object data="javascript:__xss(${id})"></object>`],
  ['entity-encoded script tag', (id) => `&lt;script&gt;__xss(${id})&lt;/script&gt;`],
  ['numeric-entity img', (id) => `&#60;img src=x onerror=__xss(${id})&#62;`],
  ['hex-entity img', (id) => `&#x3C;img src=x onerror=__xss(${id})&#x3E;`],
  ['double-encoded', (id) => `&amp;lt;script&amp;gt;__xss(${id})&amp;lt;/script&amp;gt;`],
  ['percent-encoded', (id) => `%3Cscript%3E__xss(${id})%3C%2Fscript%3E`],
  ['escape-encoded', (id) => `\\u003cscript\\u003e__xss(${id})\\u003c/script\\u003e`],
  ['template {{…}}', (id) => `{{constructor.constructor('__xss(${id})')()}}`],
  ['template {{name}} nesting', (id) => `{{name}}{{count}}{{topic}} __xss(${id})`],
  ['template ${…}', (id) => `\${__xss(${id})}`],
  ['style import', (id) => `<style>@import 'javascript:__xss(${id})';</style>`],
  ['obfuscated call', (id) => `<img src=x onerror="window['__x'+'ss'](${id})">`]
]

export const xssCorpus: XssPayload[] = payloads.map(([family, build], index) => ({
  id: index + 1,
  family,
  text: `${build(index + 1)} xss-case-${index + 1}`
}))
