/**
 * Removes text nobody typed as part of the conversation: auto-replies, legal disclaimers, ticket-form fields
 * (keeping the customer's free text after "Description:"), links and e-mail addresses.
 */
import vocabulary from './cleaningVocabulary.json'

const alternation = (words: string[]) => words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')

const disclaimer = new RegExp(alternation(vocabulary.disclaimerPhrases), 'i')
const autoReply = new RegExp(alternation(vocabulary.autoReplyPhrases), 'i')
const formField = new RegExp(`^\\s*(?:${alternation(vocabulary.formFields)})\\s*:(?:\\s.{0,120})?$`, 'iu')
const freeTextField = new RegExp(`^\\s*(?:${alternation(vocabulary.freeTextFields)})\\s*:\\s*`, 'iu')
// A link never ends in sentence punctuation: "see www.x.io, then" keeps its comma.
const url =
  /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"')\]]*[^\s<>"')\].,;:!?]|\[(?:image|cid|mailto)[^\]]{0,300}\]|<(?:https?|mailto):[^>\s]{0,2000}>/giu
// Starts only where a run of address characters starts: otherwise every position of a long run without "@" would
// scan 64 characters ahead.
const emailAddress = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63})+/gu
/**
 * What every address has: an "@" right after an address character and before a domain with a dot. Most "@"s are
 * mentions ("@united"), and this test rules them out far faster than the search above fails on them.
 */
const mayBeAddress = /[\p{L}\p{N}._%+-]@[\p{L}\p{N}-]{1,63}\.[\p{L}\p{N}-]/u

/** Paragraph-level: drops paragraphs that are disclaimers or auto-replies. */
export function removeDisclaimersAndAutoReplies(paragraphs: string[]): string[] {
  return paragraphs.filter((paragraph) => !disclaimer.test(paragraph) && !autoReply.test(paragraph))
}

/** Line-level: drops form fields, keeps the value of free-text fields. */
export function removeFormFields(lines: string[]): string[] {
  const kept: string[] = []
  for (const line of lines) {
    if (freeTextField.test(line)) kept.push(line.replace(freeTextField, ''))
    else if (!formField.test(line)) kept.push(line)
  }
  return kept
}

const mayHaveLink = /https?:|ftp:|www\.|\[|<(?:https?|mailto):/i

export function removeLinksAndAddresses(text: string): string {
  const withoutLinks = mayHaveLink.test(text) ? text.replace(url, '') : text
  return withoutLinks.includes('@') && mayBeAddress.test(withoutLinks)
    ? withoutLinks.replace(emailAddress, '')
    : withoutLinks
}
