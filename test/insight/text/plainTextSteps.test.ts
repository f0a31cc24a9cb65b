import { describe, expect, it } from 'vitest'
import {
  removeDisclaimersAndAutoReplies,
  removeFormFields,
  removeLinksAndAddresses
} from '../../../src/insight/text/boilerplate'
import { quotedHistoryStart, removeQuotedReplies } from '../../../src/insight/text/quotedReplies'
import { removeSignature } from '../../../src/insight/text/signatures'

const lines = (text: string) => text.split('\n')

describe('quoted replies', () => {
  it('finds reply headers in several languages, wrapped or not', () => {
    expect(quotedHistoryStart(lines('new\nOn Mon, 3 Mar 2025 at 10:02, Ann <a@b.c> wrote:\n> old'))).toBe(1)
    expect(quotedHistoryStart(lines('new\nOn Mon, 3 Mar 2025 at 10:02 Ann <\na@b.c> wrote:\nold'))).toBe(1)
    expect(quotedHistoryStart(lines('nuevo\nEl lun, 3 mar 2025 a las 10:02, Ana (<a@b.c>) escribió:'))).toBe(1)
    expect(quotedHistoryStart(lines('neu\nAm 03.03.2025 um 10:02 schrieb Anna <a@b.c>:'))).toBe(1)
    expect(quotedHistoryStart(lines('nouveau\nLe lun. 3 mars 2025 à 10:02, Anne <a@b.c> a écrit :'))).toBe(1)
  })

  it('finds Original Message markers and Outlook header blocks, but not a lone "From:" in a sentence', () => {
    expect(quotedHistoryStart(lines('new\n-----Original Message-----\nFrom: x'))).toBe(1)
    expect(quotedHistoryStart(lines('new\nFrom: Support <s@x.com>\nSent: Monday\nTo: me\nSubject: Re: x'))).toBe(1)
    expect(quotedHistoryStart(lines('From: my side nothing changed.\nIt still fails.'))).toBe(2)
  })

  it('drops ">" lines anywhere', () => {
    expect(removeQuotedReplies(lines('> old\nmine\n> older'))).toEqual(['mine'])
  })
})

describe('signatures', () => {
  it('cuts at the "-- " delimiter and at mobile footers', () => {
    expect(removeSignature(lines('text\n-- \nAnn'))).toEqual(['text'])
    expect(removeSignature(lines('text\n\nSent from my iPhone'))).toEqual(['text', ''])
    expect(removeSignature(lines('texto\nEnviado desde mi Samsung'))).toEqual(['texto'])
  })

  it('cuts a closing sign-off and the short signature block under it', () => {
    expect(removeSignature(lines('It fails.\n\nBest regards,\nAnn Lee\nACME Ltd\n+1 555 0100'))).toEqual([
      'It fails.',
      ''
    ])
    expect(removeSignature(lines('It fails.\nThanks, Ann'))).toEqual(['It fails.'])
    expect(removeSignature(lines('Falla.\nSaludos,\nMaría'))).toEqual(['Falla.'])
  })

  it('keeps sentences that start like a sign-off, and a sign-off that is the whole message', () => {
    expect(removeSignature(lines('It fails.\nThanks for nothing.'))).toEqual(['It fails.', 'Thanks for nothing.'])
    expect(removeSignature(lines('Thanks!'))).toEqual(['Thanks!'])
  })
})

describe('boilerplate', () => {
  it('drops disclaimer and auto-reply paragraphs only', () => {
    expect(
      removeDisclaimersAndAutoReplies([
        'The app fails.',
        'This email and any attachments are confidential and intended solely for the addressee.',
        'I am currently out of the office.'
      ])
    ).toEqual(['The app fails.'])
  })

  it('drops form fields and keeps the free text of a description field', () => {
    expect(
      removeFormFields(['Name: Jo', 'Order number: 42', 'Description: It arrived broken', 'It is urgent'])
    ).toEqual(['It arrived broken', 'It is urgent'])
  })

  it('removes links and e-mail addresses', () => {
    expect(removeLinksAndAddresses('see https://x.io/a?b=1 or www.x.io, mail jo.doe+x@mail.example.com')).toBe(
      'see  or , mail '
    )
  })
})
