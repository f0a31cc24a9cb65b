import { SM } from '@zendeskgarden/react-typography'
import type { Phrase, RelationshipScorecard } from '../../insight'
import { useTranslate } from '../contexts/I18nContext'
import type { PlacedEvidence } from '../evidence/evidenceLedger'
import { PhraseText } from './PhraseText'
import { ScoreBar } from './ScoreBar'
import { WhyDetail } from './WhyDetail'

export const dimensionPlaceId = (id: string) => `health.${id}`

/**
 * The Relationship Health scorecard: five 1–10 dimensions (or "not enough data"), each with the evidence behind
 * it on demand. The overall's colour is the engine's band, which a risk pattern holds down, with its reason.
 */
export function RelationshipHealth({
  scorecard,
  evidence
}: {
  scorecard: RelationshipScorecard
  evidence: Map<string, PlacedEvidence<Phrase>>
}) {
  const translate = useTranslate()
  const overallLabel = translate('sidebar.health.overall', {
    score: scorecard.overall,
    direction: translate(`sidebar.health.direction.${scorecard.direction}`)
  })
  return (
    <div data-testid="relationship-health">
      <div className="rapport-dimension">
        <SM data-testid="health-overall">{overallLabel}</SM>
        <ScoreBar score={scorecard.overall} band={scorecard.band} label={overallLabel} />
      </div>
      {scorecard.bandReason && (
        <SM className="rapport-muted" data-testid="health-band-reason">
          <PhraseText phrase={scorecard.bandReason} />
        </SM>
      )}
      <ul className="rapport-dimensions">
        {scorecard.dimensions.map((dimension) => {
          const name = translate(`sidebar.health.dimension.${dimension.id}.name`)
          return (
            <li key={dimension.id} data-testid={`health-${dimension.id}`}>
              <span className="rapport-dimension">
                <SM>{name}</SM>
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
              <WhyDetail name={name} placed={evidence.get(dimensionPlaceId(dimension.id))} />
            </li>
          )
        })}
      </ul>
    </div>
  )
}
