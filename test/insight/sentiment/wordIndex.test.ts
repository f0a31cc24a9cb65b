import { describe, expect, it } from 'vitest'
import { wordRoles } from '../../../src/insight/sentiment/lexicon/sentimentLexicon'
import {
  findAsciiWord,
  hashStep,
  knownRole,
  knownWord,
  lowerAsciiWordCode
} from '../../../src/insight/sentiment/lexicon/wordIndex'
import { tokenizeForSentiment } from '../../../src/insight/sentiment/tokenizeForSentiment'

/** Finds text[start, end) the way the tokenizer does: hashing its characters lower-cased as it scans them. */
function find(text: string, start = 0, end = text.length): string | undefined {
  let hash = 0
  for (let index = start; index < end; index++) hash = hashStep(hash, lowerAsciiWordCode(text.charCodeAt(index)))
  const position = findAsciiWord(hash, text, start, end)
  return position < 0 ? undefined : knownWord(position)
}

describe('the word index', () => {
  const asciiWords = [...wordRoles.keys()].filter((word) => /^[a-z0-9']+$/.test(word))

  it('finds every ASCII word the lexicons know, with its role, in any case', () => {
    expect(asciiWords.length).toBeGreaterThan(3000)
    for (const word of asciiWords) {
      expect(find(word)).toBe(word)
      expect(find(word.toUpperCase())).toBe(word)
    }
    let hash = 0
    for (const code of 'awful') hash = hashStep(hash, code.charCodeAt(0))
    expect(knownRole(findAsciiWord(hash, 'awful', 0, 5))).toBe(wordRoles.get('awful'))
  })

  it('finds a word inside a text by its span, and not its prefixes or longer words', () => {
    expect(find('it was Awful, really', 7, 12)).toBe('awful')
    expect(find('it was Awful, really', 7, 11)).toBeUndefined()
    expect(find('awfulness-ish')).toBeUndefined()
    expect(find('zzqxj')).toBeUndefined()
  })

  it('leaves words with other letters to the lexicon map, so the tokenizer reads them alike', () => {
    expect(tokenizeForSentiment('AWFUL Awful awful').map((token) => token.role)).toEqual([
      wordRoles.get('awful'),
      wordRoles.get('awful'),
      wordRoles.get('awful')
    ])
    expect(tokenizeForSentiment('don’t DON’T').map((token) => [token.text, token.role])).toEqual([
      ["don't", wordRoles.get("don't")],
      ["don't", wordRoles.get("don't")]
    ])
  })
})
