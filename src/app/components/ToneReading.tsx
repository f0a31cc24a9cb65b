import { Tag } from '@zendeskgarden/react-tags'
import { SM } from '@zendeskgarden/react-typography'
import {
  type Phrase,
  type SentimentCue,
  type SentimentLabel,
  type SentimentReading,
  type SentimentTrend,
  unquotedCueKinds
} from '../../insight'
import { useTranslate } from '../contexts/I18nContext'
import type { PlacedEvidence } from '../evidence/evidenceLedger'
import { ToneSparkline } from './ToneSparkline'
import { WhyDetail } from './WhyDetail'

const labelHue: Record<SentimentLabel, string> = {
  negative: 'red',
  neutral: 'grey',
  positive: 'green',
  unknown: 'grey'
}

/**
 * The few cues an agent can check against the message: felt words, emoji and frustration cues pulling the way the
 * label points. Problem words, answers, learned word weights and politeness move the score but are not feelings,
 * so they are not quoted as the reason.
 */
function cuesBehind(reading: SentimentReading): SentimentCue[] {
  const direction = reading.label === 'negative' ? -1 : reading.label === 'positive' ? 1 : 0
  if (direction === 0) return []
  return reading.cues
    .filter((cue) => Math.sign(cue.weight) === direction && !unquotedCueKinds.has(cue.kind))
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .slice(0, 4)
}

/** The numbers behind the tone words, for the "why" detail only. */
export function toneFigures(current: SentimentReading, trend: SentimentTrend): Phrase[] {
  const figures: Phrase[] = []
  if (current.label !== 'unknown') figures.push({ key: 'sidebar.tone.why.score', params: { toneScore: current.score } })
  if (trend.recent !== null && trend.baseline !== null)
    figures.push({ key: 'sidebar.tone.why.trend', params: { recent: trend.recent, baseline: trend.baseline } })
  return figures
}

/** The tone of this conversation and where the relationship's tone is heading, in words, with the words behind it. */
export function ToneReading({
  current,
  trend,
  evidence
}: {
  current: SentimentReading
  trend: SentimentTrend
  evidence: PlacedEvidence<Phrase> | undefined
}) {
  const translate = useTranslate()
  const strongestCues = cuesBehind(current)
  return (
    <div data-testid="tone">
      <div className="rapport-row">
        <Tag hue={labelHue[current.label]} size="small" data-testid="current-sentiment">
          {translate(`sidebar.tone.label.${current.label}`)}
        </Tag>
        <SM data-testid="tone-trend">{translate(`sidebar.tone.trend.${trend.direction}`)}</SM>
      </div>
      <ToneSparkline points={trend.points} />
      {strongestCues.length > 0 && (
        <SM className="rapport-muted" data-testid="tone-cues">
          {translate('sidebar.tone.because', { cues: strongestCues.map((cue) => `“${cue.text}”`).join(', ') })}
        </SM>
      )}
      <WhyDetail name={translate('sidebar.tone.title')} placed={evidence} />
    </div>
  )
}
