/**
 * Words of leaving in the current ticket ("cancel my subscription", "refund", "darme de baja"): the clearest
 * churn signal there is, and one an agent should answer directly rather than after the troubleshooting.
 */
import churnIntentTerms from './churnIntentTerms.json'

const escape = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]")
const churnPattern = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${churnIntentTerms.terms.map(escape).join('|')})(?![\\p{L}\\p{N}])`,
  'giu'
)

/** The distinct churn terms found, lower-cased, in order of first appearance. */
export function churnIntent(texts: string[]): string[] {
  const found: string[] = []
  for (const text of texts) {
    for (const match of text.matchAll(churnPattern)) {
      const term = match[0].toLowerCase().replace(/’/g, "'")
      if (!found.includes(term)) found.push(term)
    }
  }
  return found
}
