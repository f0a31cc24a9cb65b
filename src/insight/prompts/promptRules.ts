/**
 * The empathy prompts as a rule table: one entry per prompt, `{ id, priority, when, phrase, evidence }`, with the
 * numbers they decide on named in `promptThresholds` (or in settings). Adding a prompt is one entry here plus its
 * translations. Priority says what the agent most needs to get right first: words of leaving, a repeat contact,
 * an early or loyal customer at risk. Ids are stable per kind of prompt (a variant keeps its id), so an agent's
 * dismissal survives a reload and a variant change; rules sharing an id never hold together.
 */
import { insightModel, type InsightSettings } from '../insightSettings'
import {
  clip,
  languageName,
  quotedChars,
  repeatTopicEvidence,
  repeatTopicParams,
  tenureEvidence,
  tenureYears,
  toneNowEvidence,
  toneTrendEvidence
} from '../phrases/evidencePhrases'
import { ticketTotalPhrase } from '../history/ticketTotals'
import { phrase } from '../phrases/insightPhrases'
import type { PatternId, PatternMatch, Phrase } from '../relationshipInsight'
import type { RelationshipState } from '../relationshipState'
import { isDelighted } from './relationshipAlerts'

export const promptThresholds = {
  /** Tickets on this ticket's topic within the repeat-contact window, this one included. */
  repeatContacts: 2,
  /** Tickets in the last 7 days (this one included) that make a burst, when they are not on one topic. */
  burstContactsIn7Days: insightModel.burstContactsIn7Days,
  /** Days since the previous ticket from which a customer is welcomed back. */
  welcomeBackDays: insightModel.welcomeBackDays
} as const

export interface PromptContext {
  state: RelationshipState
  settings: InsightSettings
  pattern(id: PatternId): PatternMatch | undefined
}

export interface PromptRule {
  id: string
  priority: number
  when(context: PromptContext): boolean
  phrase(context: PromptContext): Phrase
  evidence(context: PromptContext): Array<Phrase | null>
}

const sliding = ({ state }: PromptContext) => state.trend.trend.direction === 'declining'
const churnTerm = ({ state }: PromptContext) => clip(state.churnTerms[0] ?? '', quotedChars)
const repeating = ({ state }: PromptContext) =>
  state.signals.currentTopic !== null && state.signals.currentTopicContacts >= promptThresholds.repeatContacts
const foreignLanguage = ({ state }: PromptContext) => state.current.language !== null && state.current.language !== 'en'
const toneUnknown = ({ state }: PromptContext) => state.current.label === 'unknown'
const riskPattern = ({ pattern }: PromptContext) =>
  pattern('frustratedLoyalist') ?? pattern('earlyChurnRisk') ?? pattern('churnRisk')

export const promptRules: PromptRule[] = [
  {
    id: 'churnIntent',
    priority: 100,
    when: ({ state }) => state.churnTerms.length > 0,
    phrase: (context) => phrase('insight.prompt.churnIntent.text', { term: churnTerm(context) }),
    evidence: (context) => [
      phrase('insight.evidence.churnIntent', { term: churnTerm(context) }),
      toneNowEvidence(context.state.current)
    ]
  },
  {
    id: 'repeatContact',
    priority: 90,
    when: repeating,
    phrase: (context) =>
      phrase(
        sliding(context) ? 'insight.prompt.repeatContactSliding.text' : 'insight.prompt.repeatContact.text',
        repeatTopicParams(context.state.signals, context.settings)
      ),
    evidence: (context) => [
      repeatTopicEvidence(context.state.signals, context.settings),
      sliding(context) ? toneTrendEvidence(context.state.trend.trend) : null
    ]
  },
  {
    id: 'earlyChurnRisk',
    priority: 85,
    when: ({ pattern }) => pattern('earlyChurnRisk') !== undefined,
    phrase: ({ state }) =>
      phrase(
        state.signals.standardizedReplies
          ? 'insight.prompt.earlyChurnRiskStandardized.text'
          : 'insight.prompt.earlyChurnRisk.text',
        { count: state.signals.contactsInFirst30Days }
      ),
    evidence: ({ pattern }) => pattern('earlyChurnRisk')?.evidence ?? []
  },
  {
    id: 'frustratedLoyalist',
    priority: 80,
    when: ({ pattern }) => pattern('frustratedLoyalist') !== undefined,
    phrase: ({ state }) => {
      const years = tenureYears(state.signals.tenureDays)
      return years >= 1
        ? phrase('insight.prompt.frustratedLoyalist.text', { count: years })
        : phrase('insight.prompt.frustratedLoyalistLoyal.text', {})
    },
    evidence: ({ pattern }) => pattern('frustratedLoyalist')?.evidence ?? []
  },
  {
    id: 'reopened',
    priority: 75,
    when: ({ state }) => state.details.currentReopens > 0,
    phrase: ({ state }) => phrase('insight.prompt.reopened.text', { count: state.details.currentReopens }),
    evidence: ({ state }) => [phrase('insight.evidence.reopens', { count: state.details.currentReopens })]
  },
  {
    id: 'currentNegative',
    priority: 70,
    when: ({ state, pattern }) => state.current.label === 'negative' && !pattern('frustratedLoyalist'),
    phrase: () => phrase('insight.prompt.currentNegative.text', {}),
    evidence: ({ state }) => [toneNowEvidence(state.current), toneTrendEvidence(state.trend.trend)]
  },
  {
    id: 'recentBadRating',
    priority: 65,
    when: ({ state }) => state.signals.csatBadLast90Days > 0,
    phrase: ({ state }) => phrase('insight.prompt.recentBadRating.text', { count: state.signals.csatBadLast90Days }),
    evidence: ({ state }) => [phrase('insight.evidence.csatBadRecent', { count: state.signals.csatBadLast90Days })]
  },
  {
    id: 'contactBurst',
    priority: 60,
    when: (context) =>
      context.state.signals.contactsLast7Days >= promptThresholds.burstContactsIn7Days && !repeating(context),
    phrase: ({ state }) => phrase('insight.prompt.contactBurst.text', { count: state.signals.contactsLast7Days }),
    evidence: ({ state }) => [phrase('insight.evidence.contactsLast7Days', { count: state.signals.contactsLast7Days })]
  },
  {
    id: 'toneUnknown',
    priority: 55,
    when: (context) => toneUnknown(context) && foreignLanguage(context),
    phrase: ({ state }) =>
      phrase('insight.prompt.toneUnknownLanguage.text', { language: languageName(state.current.language ?? '') }),
    evidence: ({ state }) => [toneNowEvidence(state.current)]
  },
  {
    id: 'toneUnknown',
    priority: 40,
    when: (context) => toneUnknown(context) && !foreignLanguage(context),
    phrase: () => phrase('insight.prompt.toneUnknown.text', {}),
    evidence: ({ state }) => [toneNowEvidence(state.current)]
  },
  {
    id: 'firstContact',
    priority: 50,
    when: ({ state }) => state.signals.firstContact,
    phrase: () => phrase('insight.prompt.firstContact.text', {}),
    evidence: () => [phrase('insight.evidence.firstContact', {})]
  },
  {
    id: 'welcomeBack',
    priority: 50,
    when: ({ state }) =>
      !state.signals.firstContact &&
      state.signals.daysSinceLastContact !== null &&
      state.signals.daysSinceLastContact >= promptThresholds.welcomeBackDays,
    phrase: ({ state }) =>
      phrase('insight.prompt.welcomeBack.text', { count: state.signals.daysSinceLastContact ?? 0 }),
    evidence: ({ state }) => [
      phrase('insight.evidence.daysSinceLastContact', { count: state.signals.daysSinceLastContact ?? 0 })
    ]
  },
  {
    // Their previous ticket lies beyond the lookback: a return after at least that long, known from the lifetime count.
    id: 'welcomeBack',
    priority: 50,
    when: ({ state }) =>
      !state.signals.firstContact &&
      state.timeline.previous === null &&
      state.totals.lifetime !== null &&
      state.totals.lifetime > state.totals.read,
    phrase: ({ state }) => phrase('insight.prompt.welcomeBackLookback.text', { months: state.totals.lookbackMonths }),
    evidence: ({ state }) => [
      phrase('insight.evidence.noTicketsInLookback', { months: state.totals.lookbackMonths }),
      ticketTotalPhrase(state.totals)
    ]
  },
  {
    id: 'delighted',
    priority: 45,
    when: ({ state, settings, pattern }) => isDelighted(state, settings) || pattern('delightedAdvocate') !== undefined,
    phrase: () => phrase('insight.prompt.delighted.text', {}),
    evidence: ({ state, pattern }) => pattern('delightedAdvocate')?.evidence ?? [toneNowEvidence(state.current)]
  },
  {
    // Thanks only when the tone is known to be fine: to a customer whose mood Rapport cannot read it may land badly.
    id: 'thankLoyalty',
    priority: 30,
    when: (context) => {
      const { state, settings } = context
      const toneIsFine = state.current.label === 'positive' || state.current.label === 'neutral'
      return (
        toneIsFine &&
        !riskPattern(context) &&
        state.details.tenureMonths >= settings.longTenureMonths &&
        state.signals.csatGood > 0 &&
        state.signals.csatBad === 0
      )
    },
    phrase: ({ state }) =>
      phrase('insight.prompt.thankLoyalty.text', { count: Math.max(1, tenureYears(state.signals.tenureDays)) }),
    evidence: ({ state }) => [
      tenureEvidence(state.signals.tenureDays),
      phrase('insight.evidence.csatGood', { count: state.signals.csatGood })
    ]
  }
]
