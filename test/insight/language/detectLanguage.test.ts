import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { detectLanguage } from '../../../src/insight/language/detectLanguage'
import { isEnglishWord } from '../../../src/insight/sentiment/learnedTone'
import { tokenizeForSentiment } from '../../../src/insight/sentiment/tokenizeForSentiment'

const detect = (text: string) => detectLanguage(text, tokenizeForSentiment(text), isEnglishWord)

const supportMessages = readFileSync(
  resolve(import.meta.dirname, '../../eval/fixtures/short-support-messages.tsv'),
  'utf8'
)
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t') as [string, string])

describe('detectLanguage', () => {
  it('calls a text with an English function word English without asking the detector', () => {
    expect(detect('the export fails')).toBe('en')
    expect(detect('Is it fixed?')).toBe('en')
  })

  it('cannot tell on texts too short or without function words of any language', () => {
    expect(detect('Pizza time')).toBeNull()
    expect(detect('installing iPhone iPad SDK GM')).toBeNull()
  })

  it('does not let one shared function word outvote English ("die", "de", "com" are English text too)', () => {
    expect(detect('SKYPE NEEDS TO DIE IN A FIRE.')).toBe('en')
    expect(detect('A tour de force of modern cinema.')).toBe('en')
    expect(detect('Die Rechnung ist leider falsch.')).toBe('de')
  })

  it('reads one foreign function word among mostly English words as a name or a borrowing', () => {
    expect(detect('Look in Los Gatos.')).toBe('en')
    expect(detect('awesome phone, great prices on amazon.com.')).toBe('en')
  })

  it('names the language by its function words and letters once the text is not English', () => {
    expect(detect('La facture est incorrecte.')).toBe('fr')
    expect(detect('A fatura está errada.')).toBe('pt')
    expect(detect('Bu bir çözüm değil, lütfen yardım edin.')).toBe('tr')
    expect(detect('¿Cuándo me devuelven el dinero?')).toBe('es')
  })

  it('recognises short support messages in seven languages', () => {
    const right = supportMessages.filter(([language, text]) => {
      const detected = detect(text)
      return detected === language || (language === 'en' && detected === null)
    })
    // The vote misplaces one (see src/insight/language/README.md); most must be right.
    expect(right.length / supportMessages.length).toBeGreaterThanOrEqual(0.95)
    expect(detect('Meine Bestellung ist noch nicht angekommen.')).toBe('de')
    expect(detect('Hola, mi pedido no ha llegado todavía.')).toBe('es')
  })
})
