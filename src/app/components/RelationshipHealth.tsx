import { SM } from '@zendeskgarden/react-typography'
import type { Phrase, RelationshipScorecard } from '../../insight/relationshipInsight'
import { useTranslate } from '../contexts/I18nContext'
import type { PlacedEvidence } from '../evidence/evidenceLedger'
import { ScoreBar } from './ScoreBar'
import { WhyDetail } from './WhyDetail'

export const dimensionPlaceId = (id: string) => `health.${id}`

/** The Relationship Health scorecard: five 1–10 dimensions, each with the evidence behind it on demand. */
export function RelationshipHealth({
  scorecard,
  evidence
}: {
  scorecard: RelationshipScorecard
  evidence: Map<string, PlacedEvidence<Phrase>>
}) {
  const translate = useTranslate()
  return (
    <div data-testid="relationship-health">
      <SM data-testid="health-overall">
        {translate('sidebar.health.overall', {
          score: scorecard.overall,
          direction: translate(`sidebar.health.direction.${scorecard.direction}`)
        })}
      </SM>
      <ul className="rapport-dimensions">
        {scorecard.dimensions.map((dimension) => {
          const name = translate(`sidebar.health.dimension.${dimension.id}.name`)
          return (
            <li key={dimension.id} data-testid={`health-${dimension.id}`}>
              <span className="rapport-dimension">
                <SM>{name}</SM>
                <ScoreBar
                  score={dimension.score}
                  label={translate('sidebar.health.score', { name, score: dimension.score })}
                />
              </span>
              <WhyDetail name={name} placed={evidence.get(dimensionPlaceId(dimension.id))} />
            </li>
          )
        })}
      </ul>
    </div>
  )
}
