import type { RelationshipInsight } from '../../insight'
import type { ActionSettings } from '../../zendesk'

/**
 * Which tags a ticket gets when tagging is on: a rule table from what fired to the admin's tag for it, so
 * triggers, views and reports can use them (as Zendesk's own triage adds `sentiment__…` tags).
 */
const tagRules: Array<{ tag: (settings: ActionSettings) => string; fired: (insight: RelationshipInsight) => boolean }> =
  [
    {
      tag: (settings) => settings.frustratedTag,
      fired: (insight) =>
        insight.alerts.some((alert) => alert.kind === 'frustrated') ||
        insight.patterns.some((pattern) => pattern.id === 'frustratedLoyalist')
    },
    {
      tag: (settings) => settings.churnRiskTag,
      fired: (insight) =>
        insight.patterns.some((pattern) => pattern.id === 'earlyChurnRisk' || pattern.id === 'churnRisk')
    }
  ]

export function alertTags(insight: RelationshipInsight, settings: ActionSettings): string[] {
  if (!settings.tagTickets) return []
  const tags = tagRules.filter((rule) => rule.fired(insight)).map((rule) => rule.tag(settings))
  return [...new Set(tags.filter((tag) => tag !== ''))]
}
