import { Accordion } from '@zendeskgarden/react-accordions'
import { SM } from '@zendeskgarden/react-typography'
import type { RelationshipScorecard, ScorecardDimension } from '../../insight'
import { useTranslate } from '../contexts/I18nContext'
import { EvidenceList, PhraseText } from './PhraseText'
import { ScoreBar } from './ScoreBar'
import { SidebarSection } from './SidebarSection'

/**
 * The Relationship Health scorecard: five 1–10 dimensions (or "not enough data"), each opening onto the evidence
 * behind it. The overall's colour is the engine's band, which a risk pattern holds down, with its reason.
 */
export function RelationshipHealth({ scorecard }: { scorecard: RelationshipScorecard }) {
  const translate = useTranslate()
  const overallLabel = translate('sidebar.health.overall', {
    score: scorecard.overall,
    direction: translate(`sidebar.tone.trend.${scorecard.direction}`)
  })
  return (
    <SidebarSection title={translate('sidebar.health.title')} testId="relationship-health">
      <div className="rapport-dimension">
        <SM data-testid="health-overall">{overallLabel}</SM>
        <ScoreBar score={scorecard.overall} band={scorecard.band} label={overallLabel} />
      </div>
      {scorecard.bandReason && (
        <SM className="rapport-muted" data-testid="health-band-reason">
          <PhraseText phrase={scorecard.bandReason} />
        </SM>
      )}
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
            {dimension.score === null ? (
              <SM className="rapport-muted" data-testid={`health-${dimension.id}-no-data`}>
                {translate('sidebar.health.notEnoughData')}
              </SM>
            ) : (
              <ScoreBar
                score={dimension.score}
                band={dimension.band ?? 'fair'}
                label={translate('sidebar.health.score', { name, score: dimension.score })}
              />
            )}
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
