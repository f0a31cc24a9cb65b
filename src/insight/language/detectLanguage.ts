/**
 * The language of a customer text, cheaply: English function words settle most texts within a few words. Only a
 * text with more function words of another language than of English is not English, and the function words and
 * letters of each language then name it (languageVote.ts). See README.md beside this file for why no detector.
 */
import englishMarkers from './englishMarkers.json'
import foreignMarkers from './foreignMarkers.json'
import { leadingLanguage } from './languageVote'

/** Function words as bits (1: English, 2: another language), so a word costs one lookup, not two. */
const english = 1
const foreign = 2
const functionWords: ReadonlyMap<string, number> = (() => {
  const words = new Map<string, number>()
  for (const word of englishMarkers.words) words.set(word, english)
  for (const word of foreignMarkers.words) words.set(word, (words.get(word) ?? 0) | foreign)
  return words
})()
/** Below this many words a text is too short to tell. */
const minimumWords = 3

/** Share of the words found in an English vocabulary that makes a text English whatever the detector says. */
const knownEnglishShare = 0.4
/**
 * A single foreign function word is outvoted only by a clear English majority: the vocabulary holds loanwords
 * ("app", "service", "excellent") that short German or French messages use too.
 */
const outvotingEnglishShare = 0.6

/** A token as the sentiment tokenizer makes it; only words (lower-cased) are looked at. */
export interface LanguageToken {
  readonly kind: string
  readonly text: string
}

/**
 * `tokens`: the text's tokens (the tokenizer already has them); `isEnglishWord`: a vocabulary check (the sentiment
 * lexicon), because the detector is unreliable on short English. Returns an ISO 639-1 code or null.
 */
export function detectLanguage<Token extends LanguageToken>(
  text: string,
  tokens: readonly Token[],
  isEnglishWord: (token: Token) => boolean = () => false
): string | null {
  let englishWords = 0
  let foreignWords = 0
  for (const token of tokens) {
    if (token.kind !== 'word') continue
    const marks = functionWords.get(token.text)
    if (marks === undefined) continue
    if ((marks & english) !== 0) englishWords++
    if ((marks & foreign) !== 0) foreignWords++
    // Two English function words more than foreign ones settle it; most English texts stop here within a few words.
    if (englishWords >= foreignWords + 2) return 'en'
  }
  // Only the texts left need the words and the vocabulary check, so most texts never pay for them.
  const words: string[] = []
  let known = 0
  for (const token of tokens) {
    if (token.kind !== 'word') continue
    if (isEnglishWord(token)) known++
    words.push(token.text)
  }
  // A few words are shared ("is" is Dutch too, "die" German): the side with more function words wins.
  if (englishWords > foreignWords) return 'en'
  if (words.length < minimumWords) return null
  const mostlyEnglishWords = known >= knownEnglishShare * words.length
  // Without more function words of another language than of English, "not English" would be a guess (names,
  // product words, headlines, "a tour de force of…"): the detector is only asked when they outnumber English's.
  if (foreignWords <= englishWords) return mostlyEnglishWords ? 'en' : null
  // One foreign function word among mostly English words is a name or a borrowing ("in los altos", "msnbc.com",
  // "three die after…"), as the statistical detector used before this rule also judged.
  if (foreignWords === englishWords + 1 && known >= outvotingEnglishShare * words.length) return 'en'
  // Otherwise the text is not English; the vote only names it (Spanish and Italian may be close on short texts).
  return leadingLanguage(words, text)
}
