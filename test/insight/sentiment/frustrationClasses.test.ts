import { describe, expect, it } from 'vitest'
import { readSentiment } from '../../../src/insight/sentiment/readSentiment'
import { cueOf } from './readingCues'

/** Every text reads with the label; a failure names the text. */
function expectLabel(label: string, texts: string[]): void {
  for (const text of texts) expect(readSentiment(text).label, text).toBe(label)
}

/** No text gets a cue of `kind`; a failure names the text. */
function expectNoCue(kind: string, texts: string[]): void {
  for (const text of texts) expect(cueOf(text, kind), text).toBeUndefined()
}

/** Frustration said without a complaint word is read by class (lexicon/frustrationMarkers.json), with its marker as the cue. */
describe('frustration classes', () => {
  it('reads praise about an unresolved failure as sarcasm', () => {
    expectLabel('negative', [
      'The app crashed again and I lost my draft. Wonderful.',
      'The upload fails every time 👏',
      'Three weeks waiting for the engineer, thanks a lot.'
    ])
    expect(cueOf('The app crashed again and I lost my draft. Wonderful.', 'sarcasm')?.text).toBe('wonderful')
  })

  it('keeps sincere praise after a problem that was solved, or after a good story', () => {
    expectLabel('positive', [
      'The export failed yesterday but you fixed it in an hour. Brilliant.',
      'Car broke down and you had a replacement to us within the hour. Lovely team.',
      'Great service as always, thank you!'
    ])
    expect(cueOf('The export failed but the fix worked. Brilliant.', 'sarcasm')).toBeUndefined()
  })

  it('reads scare quotes around a claim as doubt, but not quotes that cite the screen', () => {
    expect(cueOf('My "next day" delivery is now on day six.', 'scareQuote')?.text).toBe('next day')
    expect(readSentiment('My "next day" delivery is now on day six.').label).toBe('negative')
    expect(cueOf('The "Export" button is greyed out.', 'scareQuote')).toBeUndefined()
    expect(cueOf('I get "Error 403" when I log in and it fails.', 'scareQuote')).toBeUndefined()
    expect(cueOf("The tracking shows 'delivered' but it hasn't arrived.", 'scareQuote')).toBeUndefined()
  })

  it('reads praise beside a quoted claim as doubt, but not beside a quoted name, a request or sincere praise', () => {
    expectLabel('negative', [
      'Thanks for the "courtesy call" at 8am on a Sunday.',
      'The "solid wood" table has a chipboard core. Lovely.'
    ])
    // A word the company sells with is a promise: quoted, it is doubt with no failure or praise beside it.
    expect(cueOf('The "improved" search needs four clicks to find an order.', 'scareQuote')?.text).toBe('improved')
    expect(cueOf('Thanks for the "courtesy call" at 8am on a Sunday.', 'scareQuote')?.text).toBe('courtesy call')
    expect(cueOf('We loved "Hamilton", a great evening out.', 'scareQuote')).toBeUndefined()
    expect(cueOf('Could you add a "last edited by" column? Would be helpful.', 'scareQuote')).toBeUndefined()
    expect(cueOf('The "notify me" email came the minute they were back. Chuffed!', 'scareQuote')).toBeUndefined()
  })

  it('reads a closing sentence of flat praise after a malfunction as sarcasm, but not after a story that went well', () => {
    expectLabel('negative', [
      "The update logged me out and now the fingerprint login doesn't work. Cool.",
      'the app crashed at checkout and emptied my basket. great stuff'
    ])
    expect(cueOf('The booking page crashed twice. Fantastic.', 'sarcasm')?.text).toBe('fantastic')
    expectNoCue('sarcasm', [
      'My card was stolen at 2am and I had a new one in the app within minutes. Brilliant service.',
      'The app crashed yesterday but support sorted it within the hour. Brilliant.',
      'The export failed. Is that fixed in the new version? Great.'
    ])
  })

  it('reads praise granted with a grudging hedge as sarcasm, but not an acceptance, a question or a smile', () => {
    expectLabel('negative', [
      'We asked for adjoining rooms and got two different floors. Happy holidays, I suppose.',
      'The jacket soaked through in light rain. Great for dry weather I guess.'
    ])
    expect(cueOf('Two hours on hold. The music is nice, I suppose.', 'sarcasm')?.text).toBe('nice i suppose')
    expectNoCue('sarcasm', [
      'Fine, I suppose we can wait until Monday.',
      'Is the blue one nicer, I guess?',
      'Best purchase this year I guess 😂'
    ])
  })

  it('reads praise conceded after "I\'m sure" as sarcasm, but not a hope that exclaims or beside thanks', () => {
    expectLabel('negative', [
      "I'm sure it's very exciting for your shareholders that you've added adverts to the plan I already pay for.",
      'No doubt the sea view is lovely from some rooms. Ours overlooked the bins.'
    ])
    expect(
      cueOf("I'm sure the new app looked lovely in the demo, but my old payslips have disappeared.", 'sarcasm')?.text
    ).toBe("i'm sure the new app looked lovely")
    expectNoCue('sarcasm', [
      "I'm sure they'll love it!",
      "Thanks so much, I'm sure the kids will love it.",
      "I'm not sure the new plan is good for us, could you compare them?",
      'I am sure the new version is great. When will it be available in Canada?'
    ])
  })

  it('reads praise that opens a message as a remark on what follows, but not an acknowledgement or a greeting', () => {
    expectLabel('negative', [
      'Great, so my purchased game disappears every time I restart the console.',
      'Oh lovely, another text reminding me about an appointment you cancelled last week.'
    ])
    expect(cueOf('Oh good, the app update removed the one feature I actually used.', 'sarcasm')?.text).toBe('oh good')
    // The same remark repeated at the close, and a resolution word that names what stopped, keep it a remark.
    expect(cueOf('Great, so now I need three passwords for one account. Super convenient.', 'sarcasm')).toBeDefined()
    expect(cueOf('Perfect timing, the app stops working right as the match starts.', 'sarcasm')).toBeDefined()
    expect(cueOf('Love how the app logs me out every time I switch apps.', 'sarcasm')?.text).toBe('love how')
    expectNoCue('sarcasm', [
      'Love how easy the new app is to use.',
      'Amazing how quickly you sorted it.',
      'Great, book it for Friday at 10am please.',
      'Brilliant, the import worked first time.',
      'Good morning, the invoice for March is attached.',
      'Thanks, that is all I needed.',
      'Great, looking forward to it.'
    ])
  })

  it('reads a question about the company’s care or competence as a complaint, and a request as a request', () => {
    expectLabel('negative', [
      'Can you even read my previous messages?',
      'Does anyone there actually know what they are doing?',
      'Why am I still paying for a plan that does not work?'
    ])
    expectLabel('neutral', ['Could you treat this as urgent?', 'Is there a way to export to CSV?'])
  })

  it('reads complaints stated as facts', () => {
    expectLabel('negative', [
      'I was charged £60 and the order never came.',
      'My subscription price doubled overnight.',
      'Yet another outage this morning.'
    ])
    expect(cueOf('My subscription price doubled overnight.', 'bareFact')?.text).toBe('subscription … doubled')
    expectLabel('neutral', [
      'I paid the invoice yesterday, please confirm.',
      'As always, the new version is on the website.'
    ])
  })

  it('reads a thanks that closes a request or a sign-off as form, a thanks on its own as gratitude', () => {
    expectLabel('neutral', [
      'Could you check the invoice for me? Thanks',
      'Please add dark mode to the mobile app. Kind regards',
      'Noted, thanks. I will wait for the engineer on Wednesday.'
    ])
    expectLabel('positive', ['Thank you!', 'Thanks so much, the fix worked perfectly.'])
  })

  it('reads spelling variants as their written form and ordinals before a contact word as repetition', () => {
    expect(cueOf('This is the 3rd time I have emailed.', 'frustration')?.text).toBe('third time')
    expect(cueOf('Fifth email about this.', 'frustration')?.text).toBe('fifth email')
    expect(cueOf('The bill is estimated for the 3rd month in a row.', 'frustration')?.text).toBe('third month in a row')
    expect(cueOf('Charged for 14 seats for six consecutive months.', 'frustration')?.text).toBe('consecutive months')
    expect(cueOf('It is my second week at the company.', 'frustration')).toBeUndefined()
    expect(readSentiment('I cant log in').cues.map((cue) => cue.text)).toContain("can't log in")
    expect(readSentiment('cannot wait!').label).toBe('positive')
  })
})
