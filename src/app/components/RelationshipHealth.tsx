import { Accordion } from '@zendeskgarden/react-accordions'
import { SM } from '@zendeskgarden/react-typography'
import type { RelationshipScorecard, ScorecardDimension } from '../../insight/relationshipInsight'
import { useTranslate } from '../contexts/I18nContext'
import { EvidenceList, PhraseText } from './PhraseText'
import { ScoreBar } from './ScoreBar'
import { SidebarSection } from './SidebarSection'

/** The Relationship Health scorecard: five 1–10 dimensions, each opening onto the evidence behind it. */
export function RelationshipHealth({ scorecard }: { scorecard: RelationshipScorecard }) {
  const translate = useTranslate()
  return (
    <SidebarSection title={translate('sidebar.health.title')} testId="relationship-health">
      <SM data-testid="health-overall">
        {translate('sidebar.health.overall', {
          score: scorecard.overall,
          direction: translate(`sidebar.tone.trend.${scorecard.direction}`)
        })}
      </SM>
      <Accordion level={3} isCompact isBare isCollapsible isExpandable defaultExpandedSections={[]}>
        {scorecard.dimensions.map((dimension) => (
          <DimensionSection key={dimension.id} dimension={dimension} />
        ))}
      </Accordion>
    </SidebarSection>
  )
}

function DimensionSection({ dimension }: { dimension: ScorecardDimension }) {
  const translate = useTranslate()
  const name = translate(`sidebar.health.dimension.${dimension.id}.name`)
  return (
    <Accordion.Section data-testid={`health-${dimension.id}`}>
      <Accordion.Header>
        <Accordion.Label>
          <span className="rapport-dimension">
            <span>{name}</span>
            <ScoreBar
              score={dimension.score}
              label={translate('sidebar.health.score', { name, score: dimension.score })}
            />
          </span>
        </Accordion.Label>
      </Accordion.Header>
      <Accordion.Panel>
        <SM className="rapport-muted">
          <PhraseText phrase={dimension.definition} />
        </SM>
        <EvidenceList evidence={dimension.evidence} label={translate('sidebar.health.evidence', { name })} />
      </Accordion.Panel>
    </Accordion.Section>
  )
}
