/**
 * The lexicons as lookup tables, built once: the `sentiment` package's AFINN-165 labels and its emoji ratings,
 * with Rapport's support-domain entries laid over them; phrases indexed by their first word.
 */
// Through the package's CommonJS language module: its labels.json has keys (await, true, …) that break JSON-as-ESM loaders.
import english from 'sentiment/languages/en/index.js'
import emojiLabels from 'sentiment/build/emoji.json'
import emoticons from './emoticons.json'
import modifiers from './modifiers.json'
import phrases from './phrases.json'
import problemTerms from './problemTerms.json'
import supportLexicon from './supportLexicon.json'

export type PhraseKind = 'politeness' | 'frustration' | 'valence'

export interface LexiconPhrase {
  kind: PhraseKind
  words: string[]
  weight: number
}

function numericEntries(record: Record<string, unknown>): Array<[string, number]> {
  return Object.entries(record).filter((entry): entry is [string, number] => typeof entry[1] === 'number')
}

export const wordValence: ReadonlyMap<string, number> = new Map([
  ...numericEntries(english.labels),
  ...numericEntries(supportLexicon)
])

export const symbolValence: ReadonlyMap<string, number> = new Map([
  ...numericEntries(emojiLabels),
  ...numericEntries(emoticons)
])

export const negators: ReadonlySet<string> = new Set(modifiers.negators)
export const clauseBreakers: ReadonlySet<string> = new Set(modifiers.clauseBreakers)
export const contrastWords: ReadonlySet<string> = new Set(modifiers.contrast)
export const notNegating: ReadonlySet<string> = new Set(modifiers.notNegating)
export const intensity: ReadonlyMap<string, number> = new Map(numericEntries(modifiers.intensifiers))
export const problemWords: ReadonlySet<string> = new Set(problemTerms.terms)

/** Phrases by first word, longest first, so the longest match wins. */
export const phrasesByFirstWord: ReadonlyMap<string, LexiconPhrase[]> = (() => {
  const index = new Map<string, LexiconPhrase[]>()
  for (const kind of ['politeness', 'frustration', 'valence'] as const) {
    for (const [text, weight] of numericEntries(phrases[kind])) {
      const words = text.split(' ')
      const first = words[0]!
      index.set(first, [...(index.get(first) ?? []), { kind, words, weight }])
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length)
  return index
})()
