import { describe, expect, it } from 'vitest'
import { decodeEntities } from '../../../src/insight/text/decodeEntities'
import { htmlToText } from '../../../src/insight/text/htmlToText'

describe('decodeEntities', () => {
  it('decodes named and numeric references and leaves unknown ones alone', () => {
    expect(decodeEntities('Tom &amp; Jerry &lt;3 &quot;ok&quot; &#39;x&#39; &#x1F600; caf&eacute;')).toBe(
      `Tom & Jerry <3 "ok" 'x' 😀 café`
    )
    expect(decodeEntities('&bogus; &#0; &#xD800; & alone')).toBe('&bogus; &#0; &#xD800; & alone')
  })
})

describe('htmlToText', () => {
  it('turns block elements and <br> into lines, paragraphs into blank-line-separated blocks', () => {
    expect(htmlToText('<div>one</div><div>two<br>three</div>').trim()).toBe('one\ntwo\nthree')
    expect(htmlToText('<p>one</p><p>two</p>').trim()).toBe('one\n\ntwo')
  })

  it('drops quoted history: blockquote (nested too), gmail_quote, and everything after the Outlook divider', () => {
    expect(htmlToText('<p>mine</p><blockquote>a<blockquote>b</blockquote>c</blockquote><p>also mine</p>').trim()).toBe(
      'mine\n\nalso mine'
    )
    expect(htmlToText('new<div class="gmail_quote"><div>On … wrote:</div><div>old</div></div>').trim()).toBe('new')
    expect(htmlToText('new<div id="appendonsend"></div><hr><b>From:</b> x<p>old</p>').trim()).toBe('new')
  })

  it('drops script, style and head, comments, and collapses whitespace outside <pre>', () => {
    expect(
      htmlToText('<head><title>t</title><style>p{}</style></head><!-- c --><p>a   b\n c</p><script>x()</script>').trim()
    ).toBe('a b c')
    expect(htmlToText('<pre>a   b</pre>').trim()).toBe('a   b')
  })

  it('keeps text that merely looks like markup', () => {
    expect(htmlToText('a < b and 3 > 2').trim()).toBe('a < b and 3 > 2')
  })
})

describe('htmlToText signature blocks', () => {
  it('drops Gmail, Thunderbird and Outlook signature containers', () => {
    expect(htmlToText('still broken<div class="gmail_signature"><div>Ann Lee</div><div>ACME</div></div>').trim()).toBe(
      'still broken'
    )
    expect(htmlToText('<p>still broken</p><div id="Signature"><p>Ann Lee | ACME</p></div>').trim()).toBe('still broken')
  })
})
