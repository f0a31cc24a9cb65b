/**
 * The single most important state, for the top of the sidebar: the strongest pattern or alert, in that order
 * of what an agent must get right first. A rule table, not an if-chain: the first rule that matches wins.
 */
import type { PatternId, Phrase, RelationshipInsight } from '../../insight/relationshipInsight'

export type HeadlineTone = 'danger' | 'warning' | 'success' | 'info' | 'neutral'

export interface HeadlineState {
  /** Translation key of the state's name ("Frustrated loyalist", "This customer sounds frustrated"). */
  nameKey: string
  tone: HeadlineTone
  /** A real alert (role="alert"): the frustrated customer, whom an agent must not miss. */
  isAlert: boolean
  /** The one-line reason: an engine phrase, or null to say it in tone words (label and trend). */
  reason: Phrase | null
  /** The evidence behind it, for the "why" detail. */
  evidence: Phrase[]
}

/** Phrases whose params are tone scores: those stay inside "why" details, never in the reason line. */
const scoreParams = ['score', 'recent', 'baseline']
const wordsOnly = (evidence: Phrase[]) =>
  evidence.find((phrase) => !scoreParams.some((name) => name in phrase.params)) ?? null

interface Rule {
  match: (insight: RelationshipInsight) => { evidence: Phrase[] } | null | undefined
  nameKey: string
  tone: HeadlineTone
  isAlert?: (insight: RelationshipInsight) => boolean
  /** The reason line from the matched evidence; absent: tone words. */
  reason?: (evidence: Phrase[], insight: RelationshipInsight) => Phrase | null
}

const pattern = (id: PatternId) => (insight: RelationshipInsight) => insight.patterns.find((match) => match.id === id)
const alert = (kind: 'frustrated' | 'delighted') => (insight: RelationshipInsight) =>
  insight.alerts.find((candidate) => candidate.kind === kind)
const frustratedAlert = (insight: RelationshipInsight) => alert('frustrated')(insight) !== undefined

const rules: Rule[] = [
  {
    match: pattern('frustratedLoyalist'),
    nameKey: 'sidebar.patterns.frustratedLoyalist',
    tone: 'danger',
    isAlert: frustratedAlert
  },
  {
    match: pattern('earlyChurnRisk'),
    nameKey: 'sidebar.patterns.earlyChurnRisk',
    tone: 'warning',
    isAlert: frustratedAlert,
    reason: wordsOnly
  },
  {
    match: pattern('churnRisk'),
    nameKey: 'sidebar.patterns.churnRisk',
    tone: 'warning',
    isAlert: frustratedAlert,
    reason: wordsOnly
  },
  { match: alert('frustrated'), nameKey: 'sidebar.alerts.frustrated', tone: 'danger', isAlert: () => true },
  {
    match: pattern('delightedAdvocate'),
    nameKey: 'sidebar.patterns.delightedAdvocate',
    tone: 'success',
    reason: wordsOnly
  },
  { match: alert('delighted'), nameKey: 'sidebar.alerts.delighted', tone: 'success' },
  { match: pattern('highValue'), nameKey: 'sidebar.patterns.highValue', tone: 'info', reason: wordsOnly },
  { match: pattern('newCustomer'), nameKey: 'sidebar.patterns.newCustomer', tone: 'info' }
]

/** The state for the headline; null when nothing stands out (the headline then says the tone in words). */
export function headlineState(insight: RelationshipInsight): HeadlineState | null {
  for (const rule of rules) {
    const matched = rule.match(insight)
    if (!matched) continue
    return {
      nameKey: rule.nameKey,
      tone: rule.tone,
      isAlert: rule.isAlert?.(insight) ?? false,
      reason: rule.reason?.(matched.evidence, insight) ?? null,
      evidence: matched.evidence
    }
  }
  return null
}

/** Patterns the headline did not already name, for the "Other patterns" section. */
export function otherPatterns(insight: RelationshipInsight, state: HeadlineState | null) {
  return insight.patterns.filter((match) => `sidebar.patterns.${match.id}` !== state?.nameKey)
}
