import { Tag } from '@zendeskgarden/react-tags'
import { LG, SM } from '@zendeskgarden/react-typography'
import type { Organization, Requester } from '../../insight/requesterHistory'
import type { PersonalizationTier, RelationshipSignals } from '../../insight/relationshipInsight'
import { useTranslate } from '../contexts/I18nContext'
import { tenureParts } from './tenure'

const tierHue: Record<PersonalizationTier, string> = { basic: 'grey', moderate: 'blue', high: 'kale' }

interface RequesterSummaryProps {
  requester: Requester
  organization: Organization | null
  signals: RelationshipSignals
  tier: PersonalizationTier
  /** The ticket budget cut the read short: the count is a floor. */
  atLeast?: boolean
}

export function RequesterSummary({ requester, organization, signals, tier, atLeast = false }: RequesterSummaryProps) {
  const translate = useTranslate()
  const tenure = tenureParts(signals.tenureDays)
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
        {translate(`sidebar.summary.tenure.${tenure.unit}`, { count: tenure.count })}
        {' · '}
        {translate(atLeast ? 'sidebar.summary.ticketsAtLeast' : 'sidebar.summary.tickets', {
          count: signals.ticketCount
        })}
        {' · '}
        {translate('sidebar.summary.recent', { count: signals.contactsLast30Days })}
      </SM>
    </header>
  )
}
