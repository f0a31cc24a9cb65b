import { Tag } from '@zendeskgarden/react-tags'
import { LG, SM } from '@zendeskgarden/react-typography'
import type { Organization, PersonalizationTier, RelationshipFacts, Requester } from '../../insight'
import { useTranslate } from '../contexts/I18nContext'
import { PhraseText } from './PhraseText'

const tierHue: Record<PersonalizationTier, string> = { basic: 'grey', moderate: 'blue', high: 'kale' }

interface RequesterSummaryProps {
  requester: Requester
  organization: Organization | null
  /** Each fact already says its window ("250 tickets · 65 in the last 24 months read"). */
  facts: RelationshipFacts
  tier: PersonalizationTier
}

export function RequesterSummary({ requester, organization, facts, tier }: RequesterSummaryProps) {
  const translate = useTranslate()
  return (
    <header data-testid="requester-summary">
      <LG isBold data-testid="requester-name">
        {requester.name}
      </LG>
      {organization && <SM data-testid="requester-organization">{organization.name}</SM>}
      <Tag hue={tierHue[tier]} size="small" data-testid="personalization-tier">
        {translate(`sidebar.tier.${tier}`)}
      </Tag>
      <SM data-testid="requester-facts">
        <PhraseText phrase={facts.tenure} />
        {' · '}
        <span data-testid="requester-ticket-count">
          <PhraseText phrase={facts.tickets} />
        </span>
        {' · '}
        <PhraseText phrase={facts.recent} />
      </SM>
    </header>
  )
}
