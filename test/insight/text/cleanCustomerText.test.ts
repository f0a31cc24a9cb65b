import { describe, expect, it } from 'vitest'
import { cleanCustomerText } from '../../../src/insight/text/cleanCustomerText'

describe('cleanCustomerText', () => {
  it('keeps the customer sentences and drops a Gmail-style quoted reply', () => {
    const body =
      'My invoice is wrong again.\n\nOn Mon, 3 Mar 2025 at 10:02, Support <help@acme.com> wrote:\n> Thanks for reaching out!'
    expect(cleanCustomerText(body)).toBe('My invoice is wrong again.')
  })

  it('drops the signature after the "-- " delimiter and mobile footers', () => {
    expect(cleanCustomerText('Still not fixed.\n-- \nAnna Smith\nACME Corp')).toBe('Still not fixed.')
    expect(cleanCustomerText('Please call me.\n\nSent from my iPhone')).toBe('Please call me.')
  })

  it('drops a sign-off and name left inline when an e-mail was flattened to one line, but keeps a bare thanks', () => {
    expect(cleanCustomerText('Attached is the signed DPA. Let me know if anything else is needed. Best, Lukas')).toBe(
      'Attached is the signed DPA. Let me know if anything else is needed.'
    )
    expect(cleanCustomerText('The invoice is wrong. Kind regards, Sarah Holt')).toBe('The invoice is wrong.')
    expect(cleanCustomerText('Works now. Thanks!')).toBe('Works now. Thanks!')
    expect(cleanCustomerText('It broke. Thanks for nothing.')).toBe('It broke. Thanks for nothing.')
    expect(cleanCustomerText('Kind regards, Sarah Holt')).toBe('Kind regards, Sarah Holt')
  })

  it('turns HTML into text and drops blockquotes', () => {
    const html = '<p>The export fails &amp; I lose my work.</p><blockquote>Have you tried restarting?</blockquote>'
    expect(cleanCustomerText('fallback', html)).toBe('The export fails & I lose my work.')
  })

  it('removes URLs and e-mail addresses', () => {
    expect(cleanCustomerText('See https://acme.com/x?y=1 or write to bob@acme.com please')).toBe(
      'See or write to please'
    )
  })

  it('reads an unquoted "<" inside a tag as the end of its attributes, so stray "<a <a" stays text', () => {
    expect(cleanCustomerText('', '<p>Hi <a <b>team</b>, the export fails</p>')).toContain('the export fails')
    expect(cleanCustomerText('', '<div class="gmail_quote">On Monday wrote: old</div><p>New text</p>')).toBe('New text')
  })

  it('still removes e-mail addresses after the address search was anchored to where a run starts', () => {
    expect(cleanCustomerText('Write to ana.silva+help@example.co.uk today', null)).toBe('Write to today')
  })
})
