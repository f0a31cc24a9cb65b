import { SM } from '@zendeskgarden/react-typography'
import type { PersonalizationHints as Hints } from '../../insight'
import { useTranslate } from '../contexts/I18nContext'
import { EvidenceList, PhraseText } from './PhraseText'
import { SidebarSection } from './SidebarSection'

export function PersonalizationHints({ personalization }: { personalization: Hints }) {
  const translate = useTranslate()
  return (
    <SidebarSection
      title={translate('sidebar.personalization.title', { tier: translate(`sidebar.tier.${personalization.tier}`) })}
      testId="personalization"
    >
      <SM className="rapport-muted" data-testid="personalization-reason">
        <PhraseText phrase={personalization.reason} />
      </SM>
      <EvidenceList evidence={personalization.hints} label={translate('sidebar.personalization.hints')} />
    </SidebarSection>
  )
}
