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
        '<div>',
        '</div>',
        '<br>',
        '<p>',
        '</p>',
        '<blockquote>',
        '</blockquote>',
        '<div class="gmail_quote">',
        '<div id="appendonsend">',
        '<!--',
        '-->',
        '<a href="',
        '"',
        '&amp;',
        '&#128512;',
        '&#x1F600;',
        '&bogus;',
        '&',
        '\n',
        '\r\n',
        '\n\n',
        '> ',
        'On Mon, 3 Mar 2025 Bob wrote:',
        'From: a@b.c',
        'Sent: today',
        '-- ',
        'Thanks,',
        'Best regards',
        'Sent from my iPhone',
        'https://example.com/x?y=1',
        'me@example.com',
        'Name: Jo',
        '\u0000',
        '😡'
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

describe('cleanCustomerText keeps ordinary sentences', () => {
  const sentence = fc
    .array(
      fc.constantFrom(
        'the',
        'export',
        'still',
        'fails',
        'my',
        'invoice',
        'is',
        'wrong',
        'please',
        'fix',
        'it',
        'today',
        'we',
        'need',
        'this'
      ),
      {
        minLength: 4,
        maxLength: 12
      }
    )
    .map((words) => `${words.join(' ')}.`)

  it('never drops a line of plain words, whatever the mix of lines and blank lines', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(sentence, fc.constant('')), { minLength: 1, maxLength: 8 }), (lines) => {
        const cleaned = cleanCustomerText(lines.join('\n'))
        for (const line of lines.filter((line) => line !== '')) expect(cleaned).toContain(line)
      })
    )
  })
})
