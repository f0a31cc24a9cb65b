/**
 * The word roles of the ASCII words, found by a hash of the lower-cased characters, so the tokenizer looks a word
 * up from the characters its scan has just read instead of first cutting it out of the text and hashing it again.
 * A known word's text is then the lexicon's own string (no substring made); only unknown words are cut out. A
 * plain Map lookup of a new string per word was the largest single cost of reading a text (~14%).
 */
import { wordRoles, type WordRole } from './sentimentLexicon'

/** One step of the hash the tokenizer computes per character: `code` already lower-cased. */
export function hashStep(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) | 0
}

/** Lower-cases an ASCII word character (letter, digit or apostrophe: all of those but A–Z already have bit 32). */
export function lowerAsciiWordCode(code: number): number {
  return code | 32
}

const asciiWord = /^[a-z0-9']+$/
const words: string[] = []
const roles: WordRole[] = []
for (const [word, role] of wordRoles) {
  if (!asciiWord.test(word)) continue
  words.push(word)
  roles.push(role)
}

/**
 * Open addressing, at most half full: slot i holds a word's hash at 2i and 1 + its position at 2i + 1 (0: empty),
 * side by side so that a probe reads one cache line.
 */
let slotCount = 1
while (slotCount < words.length * 2) slotCount *= 2
const mask = slotCount - 1
const slots = new Int32Array(slotCount * 2)

function hashOf(word: string): number {
  let hash = 0
  for (let index = 0; index < word.length; index++) hash = hashStep(hash, word.charCodeAt(index))
  return hash
}

words.forEach((word, position) => {
  const hash = hashOf(word)
  let slot = hash & mask
  while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask
  slots[2 * slot] = hash
  slots[2 * slot + 1] = position + 1
})

/** Whether text[start, end), lower-cased, is `word`. */
function spells(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false
  for (let index = 0; index < word.length; index++) {
    if (lowerAsciiWordCode(text.charCodeAt(start + index)) !== word.charCodeAt(index)) return false
  }
  return true
}

/**
 * The position of the ASCII word text[start, end) (its `hash` from hashStep over its lower-cased characters) in
 * knownWord/knownRole, or -1 when no lexicon knows it.
 */
export function findAsciiWord(hash: number, text: string, start: number, end: number): number {
  for (let slot = hash & mask; slots[2 * slot + 1] !== 0; slot = (slot + 1) & mask) {
    if (slots[2 * slot] !== hash) continue
    const position = slots[2 * slot + 1]! - 1
    if (spells(words[position]!, text, start, end)) return position
  }
  return -1
}

export const knownWord = (position: number): string => words[position]!
export const knownRole = (position: number): WordRole => roles[position]!
