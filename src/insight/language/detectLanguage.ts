/**
 * The language of a customer text, cheaply: English function words settle most texts without a detector (the
 * detector costs ~100 µs a text; the sidebar reads thousands). Only texts with none of them go to tinyld's light
 * model, and its answers are cached. See README.md beside this file for why tinyld/light.
 */
import { detectAll } from 'tinyld/light'
import englishMarkers from './englishMarkers.json'
import foreignMarkers from './foreignMarkers.json'

const markers: ReadonlySet<string> = new Set(englishMarkers.words)
const foreign: ReadonlySet<string> = new Set(foreignMarkers.words)
/** Below this many words a text is too short to tell. */
const minimumWords = 3
const cacheLimit = 500
const cache = new Map<string, string | null>()

/** Share of the words found in an English vocabulary that makes a text English whatever the detector says. */
const knownEnglishShare = 0.4

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
  let known = 0
  let englishWords = 0
  let foreignWords = 0
  const words: string[] = []
  for (const token of tokens) {
    if (token.kind !== 'word') continue
    if (markers.has(token.text)) englishWords++
    if (foreign.has(token.text)) foreignWords++
    // Two English function words more than foreign ones settle it; most English texts stop here within a few words.
    if (englishWords >= foreignWords + 2) return 'en'
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
  const cached = cache.get(text)
  if (cached !== undefined) return cached
  // The words only: links, handles and numbers look like no language and mislead the detector.
  // With a foreign function word present, the detector's best guess is taken even when close (Spanish and
  // Italian often tie on short texts): the text is not English either way.
  const language = detectAll(words.join(' '))[0]?.lang ?? null
  if (cache.size >= cacheLimit) cache.delete(cache.keys().next().value!)
  cache.set(text, language)
  return language
}
