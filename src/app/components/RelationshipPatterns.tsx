import { Tag } from '@zendeskgarden/react-tags'
import type { PatternId, PatternMatch } from '../../insight'
import { useTranslate } from '../contexts/I18nContext'
import { EvidenceList } from './PhraseText'
import { SidebarSection } from './SidebarSection'

const patternHue: Record<PatternId, string> = {
  frustratedLoyalist: 'red',
  earlyChurnRisk: 'yellow',
  churnRisk: 'yellow',
  delightedAdvocate: 'green',
  highValue: 'kale',
  newCustomer: 'blue'
}

export function RelationshipPatterns({ patterns }: { patterns: PatternMatch[] }) {
  const translate = useTranslate()
  if (patterns.length === 0) return null
  return (
    <SidebarSection title={translate('sidebar.patterns.title')} testId="patterns">
      {patterns.map((pattern) => {
        const name = translate(`sidebar.patterns.${pattern.id}`)
        return (
          <div key={pattern.id} className="rapport-pattern" data-testid="pattern" data-pattern-id={pattern.id}>
            <Tag hue={patternHue[pattern.id]} size="small">
              {name}
            </Tag>
            <EvidenceList evidence={pattern.evidence} label={translate('sidebar.patterns.evidence', { name })} />
          </div>
        )
      })}
    </SidebarSection>
  )
}
