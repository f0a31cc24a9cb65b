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

  it('turns HTML into text and drops blockquotes', () => {
    const html = '<p>The export fails &amp; I lose my work.</p><blockquote>Have you tried restarting?</blockquote>'
    expect(cleanCustomerText('fallback', html)).toBe('The export fails & I lose my work.')
  })

  it('removes URLs and e-mail addresses', () => {
    expect(cleanCustomerText('See https://acme.com/x?y=1 or write to bob@acme.com please')).toBe(
      'See or write to please'
    )
  })
})
