/**
 * Which language a text is in, once detectLanguage knows it is not English: the function words and letters of
 * each language Rapport's customers write in (languageMarkers.json) vote. A rule table instead of a statistical
 * detector because the question left is narrow — the text already has more function words of these languages
 * than of English — and the detector it replaces (tinyld/light) was a third of the sidebar's JavaScript.
 */
import languageMarkers from './languageMarkers.json'

/** A distinctive letter weighs half a word: "façon" is French or Portuguese, "é" nearly anything. */
const letterVote = 0.5

const languages = Object.entries(languageMarkers.languages).map(([code, { words, letters }]) => ({
  code,
  words: new Set(words),
  letters
}))

/** The language with the most votes (ties to the earlier one in languageMarkers.json); null when none has any. */
export function leadingLanguage(words: readonly string[], text: string): string | null {
  const lowerCase = text.toLowerCase()
  let best: { code: string; votes: number } | null = null
  for (const language of languages) {
    let votes = 0
    for (const word of words) if (language.words.has(word)) votes += 1
    for (const letter of language.letters) votes += letterVote * (lowerCase.split(letter).length - 1)
    if (votes > 0 && (best === null || votes > best.votes)) best = { code: language.code, votes }
  }
  return best?.code ?? null
}
