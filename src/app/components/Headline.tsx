import { Fragment, type ReactNode } from 'react'
import styled from 'styled-components'
import { Tag } from '@zendeskgarden/react-tags'
import { getColor } from '@zendeskgarden/react-theming'
import { LG, SM } from '@zendeskgarden/react-typography'
import type { Organization, PersonalizationTier, Phrase, Requester } from '../../insight'
import { useTranslate } from '../contexts/I18nContext'
import type { PlacedEvidence } from '../evidence/evidenceLedger'
import type { HeadlineTone } from './headlineState'
import { PhraseText } from './PhraseText'
import { WhyDetail } from './WhyDetail'

const tierHue: Record<PersonalizationTier, string> = { basic: 'grey', moderate: 'blue', high: 'kale' }

const stateAccent: Record<HeadlineTone, string> = {
  danger: 'border.dangerEmphasis',
  warning: 'border.warningEmphasis',
  success: 'border.successEmphasis',
  info: 'border.primaryEmphasis',
  neutral: 'border.emphasis'
}

const Name = styled(LG)`
  margin: 0;
`

const State = styled.div<{ $tone: HeadlineTone }>`
  margin-top: ${(p) => p.theme.space.xs};
  padding: ${(p) => p.theme.space.xs} ${(p) => p.theme.space.sm};
  border-left: 4px solid ${(p) => getColor({ theme: p.theme, variable: stateAccent[p.$tone] })};
  background: ${(p) => getColor({ theme: p.theme, variable: 'background.subtle' })};
  border-radius: ${(p) => p.theme.borderRadii.md};
`

export interface HeadlineProps {
  requester: Requester
  organization: Organization | null
  tier: PersonalizationTier
  /** Tenure, tickets and recent contacts, each saying its window ("250 tickets · 65 in the last 24 months read"). */
  facts: Phrase[]
  state: { id: string; name: string; reason: string; tone: HeadlineTone; isAlert: boolean }
  stateEvidence: PlacedEvidence<Phrase> | undefined
  /** The top empathy prompt (or what stands in its place). */
  children?: ReactNode
}

/** Who this is to the company and the one thing to get right, in the first ~360 px of the sidebar. */
export function Headline({ requester, organization, tier, facts, state, stateEvidence, children }: HeadlineProps) {
  const translate = useTranslate()
  return (
    <header data-testid="headline" className="rapport-headline">
      <Name tag="h1" isBold data-testid="requester-name">
        {requester.name || translate('sidebar.summary.unnamed')}
      </Name>
      <div className="rapport-row">
        {organization && <SM data-testid="requester-organization">{organization.name}</SM>}
        <Tag hue={tierHue[tier]} size="small" data-testid="personalization-tier">
          {translate(`sidebar.tier.${tier}`)}
        </Tag>
      </div>
      <SM data-testid="requester-facts">
        {facts.map((fact, index) => (
          <Fragment key={fact.key}>
            {index > 0 && ' · '}
            <span data-testid={index === 1 ? 'requester-ticket-count' : undefined}>
              <PhraseText phrase={fact} />
            </span>
          </Fragment>
        ))}
      </SM>
      <State
        $tone={state.tone}
        data-testid="headline-state"
        data-tone={state.tone}
        data-state-id={state.id}
        role={state.isAlert ? 'alert' : undefined}
      >
        <SM isBold data-testid="headline-state-name">
          {state.name}
        </SM>
        <SM data-testid="headline-reason">{state.reason}</SM>
        <WhyDetail name={state.name} placed={stateEvidence} />
      </State>
      {children}
    </header>
  )
}
