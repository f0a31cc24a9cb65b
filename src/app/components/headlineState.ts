/**
 * The single most important state, for the top of the sidebar: the strongest pattern or alert, in that order
 * of what an agent must get right first. A rule table, not an if-chain: the first rule that matches wins.
 */
import type { PatternId, Phrase, RelationshipAlert, RelationshipInsight } from '../../insight'

export type HeadlineTone = 'danger' | 'warning' | 'success' | 'info' | 'neutral'

type Source = { pattern: PatternId } | { alert: RelationshipAlert['kind'] }

export interface HeadlineState {
  /** The pattern id or alert kind it shows (`data-state-id`, and which patterns the section leaves out). */
  id: string
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
const firstWithoutScore = (evidence: Phrase[]) =>
  evidence.find((phrase) => !scoreParams.some((name) => name in phrase.params)) ?? null

interface Rule {
  source: Source
  tone: HeadlineTone
  /** The reason line from the matched evidence; absent: tone words. */
  reason?: (evidence: Phrase[]) => Phrase | null
}

const rules: Rule[] = [
  { source: { pattern: 'frustratedLoyalist' }, tone: 'danger' },
  { source: { pattern: 'earlyChurnRisk' }, tone: 'warning', reason: firstWithoutScore },
  { source: { pattern: 'churnRisk' }, tone: 'warning', reason: firstWithoutScore },
  { source: { alert: 'frustrated' }, tone: 'danger' },
  { source: { pattern: 'delightedAdvocate' }, tone: 'success', reason: firstWithoutScore },
  { source: { alert: 'delighted' }, tone: 'success' },
  { source: { pattern: 'highValue' }, tone: 'info', reason: firstWithoutScore },
  { source: { pattern: 'newCustomer' }, tone: 'info' }
]

function matchOf(source: Source, insight: RelationshipInsight): { id: string; evidence: Phrase[] } | undefined {
  if ('pattern' in source) return insight.patterns.find((match) => match.id === source.pattern)
  const alert = insight.alerts.find((candidate) => candidate.kind === source.alert)
  return alert && { id: alert.kind, evidence: alert.evidence }
}

/** The state for the headline; null when nothing stands out (the headline then says the tone in words). */
export function headlineState(insight: RelationshipInsight): HeadlineState | null {
  const frustration = insight.alerts.find((alert) => alert.kind === 'frustrated')
  for (const rule of rules) {
    const matched = matchOf(rule.source, insight)
    if (!matched) continue
    const isPattern = 'pattern' in rule.source
    // A frustrated customer is announced whichever state names them; its quoted words join the evidence.
    const isAlert = frustration !== undefined && rule.tone !== 'success'
    const extra = isPattern && isAlert ? frustration.evidence : []
    return {
      id: matched.id,
      nameKey: isPattern ? `sidebar.patterns.${matched.id}` : `sidebar.alerts.${matched.id}`,
      tone: rule.tone,
      isAlert,
      reason: rule.reason?.(matched.evidence) ?? null,
      evidence: [...matched.evidence, ...extra]
    }
  }
  return null
}

/** Patterns the headline did not already name, for the "Other patterns" section. */
export function otherPatterns(insight: RelationshipInsight, state: HeadlineState | null) {
  return insight.patterns.filter((match) => match.id !== state?.id)
}
