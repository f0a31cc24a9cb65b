import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cleanCustomerText } from '../../../src/insight/text/cleanCustomerText'

/** Strings that look like what mail clients send: tags, entities, quotes, headers, sign-offs and noise mixed. */
const mailLike = fc
  .array(
    fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.constantFrom(
        '<div>', '</div>', '<br>', '<p>', '</p>', '<blockquote>', '</blockquote>', '<div class="gmail_quote">',
        '<div id="appendonsend">', '<!--', '-->', '<a href="', '"', '&amp;', '&#128512;', '&#x1F600;', '&bogus;', '&',
        '\n', '\r\n', '\n\n', '> ', 'On Mon, 3 Mar 2025 Bob wrote:', 'From: a@b.c', 'Sent: today', '-- ', 'Thanks,',
        'Best regards', 'Sent from my iPhone', 'https://example.com/x?y=1', 'me@example.com', 'Name: Jo', '\u0000', '😡'
      )
    ),
    { maxLength: 40 }
  )
  .map((parts) => parts.join(''))

describe('cleanCustomerText invariants', () => {
  it('never throws and never grows the text, for plain and HTML bodies', () => {
    fc.assert(
      fc.property(mailLike, fc.boolean(), (text, asHtml) => {
        const cleaned = asHtml ? cleanCustomerText('', text) : cleanCustomerText(text)
        expect(cleaned.length).toBeLessThanOrEqual(text.length)
      }),
      { numRuns: 500 }
    )
  })

  it('gives the same output for the same input', () => {
    fc.assert(
      fc.property(mailLike, (text) => {
        expect(cleanCustomerText(text, text)).toBe(cleanCustomerText(text, text))
      })
    )
  })

  it('copes with huge and pathological inputs', () => {
    for (const huge of [
      'a'.repeat(200_000),
      '<a href="'.repeat(20_000),
      '<!<!<!'.repeat(20_000),
      '&#'.repeat(50_000),
      '> quoted\n'.repeat(20_000),
      'On '.repeat(50_000)
    ]) {
      expect(cleanCustomerText(huge).length).toBeLessThanOrEqual(huge.length)
      expect(cleanCustomerText('', huge).length).toBeLessThanOrEqual(huge.length)
    }
  })

  it('leaves a short message of plain words as it is, spaces tidied', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z][a-z ]{0,80}[.!?]?$/), (sentence) => {
        expect(cleanCustomerText(sentence)).toBe(sentence.replace(/ +/g, ' ').trim())
      })
    )
  })
})
