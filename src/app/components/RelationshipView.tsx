import { useLayoutEffect, useRef, useState } from 'react'
import type { Phrase, RelationshipInsight, RequesterHistory } from '../../insight'
import { useRegistration } from '../contexts/ClientContext'
import { useLocale, useTranslate } from '../contexts/I18nContext'
import { placeEvidence, toneFact, type EvidencePlace } from '../evidence/evidenceLedger'
import { useDismissedPrompts } from '../hooks/useDismissedPrompts'
import { useOpenSections } from '../hooks/useOpenSections'
import { phraseText } from '../i18n/phraseParams'
import { DismissedPrompts } from './DismissedPrompts'
import { Headline } from './Headline'
import { headlineState, otherPatterns } from './headlineState'
import { InsightSections, type InsightSection } from './InsightSections'
import { linkedTicketId } from './linkedTicket'
import { CoverageNotices } from './CoverageNotices'
import { Notice } from './Notice'
import { OtherPatterns, patternPlaceId } from './OtherPatterns'
import { PersonalizationHints } from './PersonalizationHints'
import { PhraseText } from './PhraseText'
import { PromptCard } from './PromptCard'
import { promptName } from './promptName'
import { RecentTickets } from './RecentTickets'
import { RelationshipHealth, dimensionPlaceId } from './RelationshipHealth'
import { relationshipFacts, toneWords } from './relationshipWords'
import { toneFigures, ToneReading } from './ToneReading'

/** Everything the sidebar shows once the requester's history is read and analysed: the headline, then sections. */
export function RelationshipView({ history, insight }: { history: RequesterHistory; insight: RelationshipInsight }) {
  const translate = useTranslate()
  const locale = useLocale()
  const { agent } = useRegistration()
  const { dismissedIds, dismiss, restore } = useDismissedPrompts(history.currentTicketId)
  const { open, toggle } = useOpenSections(agent.id)
  const topPromptRef = useRef<HTMLDivElement>(null)
  const showDismissedRef = useRef<HTMLButtonElement>(null)
  const [focusAfterDismiss, setFocusAfterDismiss] = useState(false)

  const firstContact = insight.signals.firstContact
  const state = headlineState(insight)
  const stateName = state ? translate(state.nameKey) : translate('sidebar.headline.calm')
  const stateReason = state?.reason ? phraseText(state.reason, translate, locale) : toneWords(insight, translate)
  const facts = relationshipFacts(insight)
  const factTexts = facts.map((fact) => phraseText(fact, translate, locale))
  const visiblePrompts = insight.prompts.filter((prompt) => !dismissedIds.includes(prompt.id))
  const dismissedPrompts = insight.prompts.filter((prompt) => dismissedIds.includes(prompt.id))
  const [topPrompt, ...morePrompts] = visiblePrompts
  const patterns = otherPatterns(insight, state)

  // Reading order decides which place keeps a sentence: the headline first, then the prompts, then the sections.
  const asItems = (evidence: Phrase[]) =>
    evidence.map((item) => ({ text: toneFact(item.params) ?? phraseText(item, translate, locale), item }))
  const alwaysShown = [...factTexts, stateReason].map((text) => ({ text, item: { key: '', params: {} } as Phrase }))
  const places: Array<EvidencePlace<Phrase>> = [
    { id: 'headline', name: null, items: alwaysShown },
    { id: 'state', name: stateName, items: asItems(state?.evidence ?? []) },
    ...visiblePrompts.map((prompt) => ({
      id: `prompt.${prompt.id}`,
      name: promptName(translate, prompt.id),
      items: asItems(prompt.evidence)
    })),
    {
      id: 'tone',
      name: translate('sidebar.tone.title'),
      items: asItems(toneFigures(insight.currentSentiment, insight.trend))
    },
    ...patterns.map((pattern) => ({
      id: patternPlaceId(pattern.id),
      name: translate(`sidebar.patterns.${pattern.id}`),
      items: asItems(pattern.evidence)
    })),
    ...insight.scorecard.dimensions.map((dimension) => ({
      id: dimensionPlaceId(dimension.id),
      name: translate(`sidebar.health.dimension.${dimension.id}.name`),
      items: asItems([dimension.definition, ...dimension.evidence])
    })),
    {
      id: 'personalization',
      name: translate('sidebar.personalization.title'),
      items: asItems([insight.personalization.reason, ...insight.personalization.hints])
    }
  ]
  const evidence = placeEvidence(places)

  // After a dismissal, focus goes to the prompt that took its place, else to "Show dismissed" (never to <body>):
  // before the browser paints, so no frame leaves it on <body> for a screen reader to announce.
  useLayoutEffect(() => {
    if (!focusAfterDismiss) return
    setFocusAfterDismiss(false)
    ;(topPromptRef.current ?? showDismissedRef.current)?.focus()
  }, [focusAfterDismiss])
  const onDismiss = (promptId: string) => {
    dismiss(promptId)
    setFocusAfterDismiss(true)
  }
  const promptCard = (prompt: (typeof visiblePrompts)[number], isTop: boolean) => (
    <PromptCard
      key={prompt.id}
      ref={isTop ? topPromptRef : undefined}
      prompt={prompt}
      evidence={evidence.get(`prompt.${prompt.id}`)}
      linkTicketId={linkedTicketId(prompt.text, history.tickets, history.currentTicketId)}
      onDismiss={() => onDismiss(prompt.id)}
    />
  )

  const candidates: Array<InsightSection | false> = [
    morePrompts.length > 0 && {
      id: 'prompts',
      title: translate('sidebar.sections.morePrompts', { count: morePrompts.length }),
      content: morePrompts.map((prompt) => promptCard(prompt, false))
    },
    {
      id: 'tone',
      title: translate('sidebar.tone.title'),
      content: <ToneReading current={insight.currentSentiment} trend={insight.trend} evidence={evidence.get('tone')} />
    },
    patterns.length > 0 && {
      id: 'patterns',
      title: translate('sidebar.patterns.title'),
      content: <OtherPatterns patterns={patterns} evidence={evidence} />
    },
    !firstContact && {
      id: 'health',
      title: translate('sidebar.health.title'),
      content: <RelationshipHealth scorecard={insight.scorecard} evidence={evidence} />
    },
    {
      id: 'personalization',
      title: translate('sidebar.personalization.title'),
      content: (
        <PersonalizationHints
          personalization={insight.personalization}
          placed={evidence.get('personalization')}
          tickets={history.tickets}
          currentTicketId={history.currentTicketId}
        />
      )
    },
    !firstContact && {
      id: 'tickets',
      title: translate('sidebar.tickets.title'),
      content: (
        <RecentTickets tickets={history.tickets} currentTicketId={history.currentTicketId} trend={insight.trend} />
      )
    }
  ]
  const sections = candidates.filter((section): section is InsightSection => section !== false)

  return (
    <>
      <Headline
        requester={history.requester}
        organization={history.organization}
        tier={insight.personalization.tier}
        facts={facts}
        state={{
          id: state?.id ?? 'calm',
          name: stateName,
          reason: stateReason,
          tone: state?.tone ?? 'neutral',
          isAlert: state?.isAlert ?? false
        }}
        stateEvidence={evidence.get('state')}
      >
        {topPrompt && promptCard(topPrompt, true)}
      </Headline>
      {insight.asOf && (
        <Notice testId="as-of" tone="info">
          <PhraseText phrase={insight.asOf.notice} />
          {insight.asOf.today && (
            <>
              {' '}
              <span data-testid="as-of-today">
                <PhraseText phrase={insight.asOf.today} />
              </span>
            </>
          )}
        </Notice>
      )}
      {history.partial && (
        <Notice testId="history-partial" tone="warning" role="status">
          {translate('sidebar.notices.partial')}
        </Notice>
      )}
      <CoverageNotices coverage={history.coverage} />
      {firstContact && (
        <Notice testId="first-contact" tone="info">
          {translate('sidebar.notices.firstContact')}
        </Notice>
      )}
      <InsightSections sections={sections} open={open} onToggle={toggle} />
      <DismissedPrompts ref={showDismissedRef} prompts={dismissedPrompts} onRestore={restore} />
    </>
  )
}
