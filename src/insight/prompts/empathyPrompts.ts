/**
 * Empathy prompts: suggestions grounded in this requester's data, never scripts to paste. Every rule of
 * `promptRules` whose condition holds is ranked by priority and the top `maxPrompts` are shown.
 */
import { insightModel, type InsightSettings } from '../insightSettings'
import type { EmpathyPrompt, PatternMatch, Phrase } from '../relationshipInsight'
import type { RelationshipState } from '../relationshipState'
import { promptRules, type PromptContext } from './promptRules'

const present = (evidence: Array<Phrase | null>): Phrase[] => evidence.filter((line): line is Phrase => line !== null)

export function empathyPrompts(
  state: RelationshipState,
  patterns: PatternMatch[],
  settings: InsightSettings
): EmpathyPrompt[] {
  const context: PromptContext = { state, settings, pattern: (id) => patterns.find((match) => match.id === id) }
  return promptRules
    .filter((rule) => rule.when(context))
    .sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id))
    .slice(0, insightModel.maxPrompts)
    .map((rule) => ({ id: rule.id, text: rule.phrase(context), evidence: present(rule.evidence(context)) }))
}
