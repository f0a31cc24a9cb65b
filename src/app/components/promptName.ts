import type { Translate } from '../i18n/translate'

/** Prompt kinds with a name of their own ("Repeat contact"); a kind the engine adds later reads "Suggestion". */
export const namedPromptIds = [
  'churnIntent',
  'repeatContact',
  'earlyChurnRisk',
  'frustratedLoyalist',
  'reopened',
  'currentNegative',
  'recentBadRating',
  'contactBurst',
  'toneUnknown',
  'firstContact',
  'welcomeBack',
  'delighted',
  'thankLoyalty'
] as const
const namedPrompts = new Set<string>(namedPromptIds)

export function promptName(translate: Translate, promptId: string): string {
  return translate(`sidebar.prompts.name.${namedPrompts.has(promptId) ? promptId : 'other'}`)
}
