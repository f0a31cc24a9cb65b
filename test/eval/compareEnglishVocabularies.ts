/**
 * `npx tsx test/eval/compareEnglishVocabularies.ts`: how the language check places every text of the development
 * sets and fixtures with English vocabularies of several sizes (the most frequent words of the tuning rows that no
 * lexicon knows, as test/eval/trainLearnedWeights.ts writes them), against the committed vocabulary, and what each
 * costs in gzip. The figures are copied into src/insight/language/README.md.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { detectLanguage } from '../../src/insight/language/detectLanguage'
import foreignMarkers from '../../src/insight/language/foreignMarkers.json'
import languageMarkers from '../../src/insight/language/languageMarkers.json'
import { isEnglishWord } from '../../src/insight/sentiment/learnedTone'
import { wordRoles } from '../../src/insight/sentiment/lexicon/sentimentLexicon'
import { tokenizeForSentiment, type SentimentToken } from '../../src/insight/sentiment/tokenizeForSentiment'
import { cleanCustomerText } from '../../src/insight/text/cleanCustomerText'
import { developmentSetsDir } from './developmentSets'
import { isHeldOut } from './heldOut'
import { readLabelledTexts } from './labelledTexts'

const sizes = [0, 200, 400, 600, 800, 1000, 2000]
const fixturesDir = resolve(import.meta.dirname, 'fixtures')
const supportTraining = resolve(fixturesDir, 'support-train.tsv')
const developmentSets = readdirSync(developmentSetsDir)
  .filter((name) => name.endsWith('.tsv'))
  .map((name) => resolve(developmentSetsDir, name))
const foreignWords = new Set([
  ...foreignMarkers.words,
  ...Object.values(languageMarkers.languages).flatMap((language) => language.words)
])

// Ranked as the training script ranks them: rows of the tuning split a word occurs in (polar rows, and every row of
// the support corpus), at least 5, no digits.
const rowsPerWord = new Map<string, number>()
for (const file of [...developmentSets, supportTraining]) {
  for (const row of readLabelledTexts(file)) {
    if (isHeldOut(row.text) || (file !== supportTraining && row.label === 'neutral')) continue
    const words = tokenizeForSentiment(cleanCustomerText(row.text)).filter((token) => token.kind === 'word')
    for (const word of new Set(words.map((token) => token.text)))
      rowsPerWord.set(word, (rowsPerWord.get(word) ?? 0) + 1)
  }
}
const ranked = [...rowsPerWord]
  .filter(([word, rows]) => rows >= 5 && !/\d/.test(word) && !wordRoles.has(word))
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  .map(([word]) => word)

// Every text there is to read, the short support messages with their language.
const texts: Array<{ text: string; language?: string }> = developmentSets.flatMap((file) =>
  readLabelledTexts(file).map((row) => ({ text: cleanCustomerText(row.text) }))
)
for (const name of readdirSync(fixturesDir).filter((file) => file.endsWith('.tsv'))) {
  if (name === 'short-support-messages.tsv') {
    for (const line of readFileSync(resolve(fixturesDir, name), 'utf8').trim().split('\n').slice(1)) {
      const [language = '', text = ''] = line.split('\t')
      texts.push({ text, language })
    }
  } else if (!name.includes('frozen')) {
    texts.push(...readLabelledTexts(resolve(fixturesDir, name)).map((row) => ({ text: cleanCustomerText(row.text) })))
  }
}
const read = texts.map((entry) => ({ ...entry, tokens: tokenizeForSentiment(entry.text) }))
const committed = read.map((entry) => detectLanguage(entry.text, entry.tokens, isEnglishWord))
const supportRight = (placed: Array<string | null>) =>
  read.filter(
    (entry, index) =>
      entry.language !== undefined &&
      (placed[index] === entry.language || (entry.language === 'en' && placed[index] === null))
  ).length

console.log(`${read.length} texts; the committed vocabulary places ${supportRight(committed)} support messages right`)
for (const size of sizes) {
  const words = ranked.slice(0, size)
  const vocabulary = new Set(words.filter((word) => !foreignWords.has(word)))
  const known = (token: SentimentToken) => token.role !== undefined || vocabulary.has(token.text)
  const placed = read.map((entry) => detectLanguage(entry.text, entry.tokens, known))
  const moves = new Map<string, number>()
  placed.forEach((language, index) => {
    if (language === committed[index]) return
    const move = `${committed[index]}→${language}`
    moves.set(move, (moves.get(move) ?? 0) + 1)
  })
  const gzip = gzipSync(JSON.stringify({ words: [...words].sort() })).length
  console.log(
    `${String(size).padStart(5)} words, ${(gzip / 1024).toFixed(1)} KB gzip: support messages right ${supportRight(placed)}; ` +
      `placed otherwise than committed: ${[...moves].map(([move, count]) => `${move} ${count}`).join(', ') || 'none'}`
  )
}
