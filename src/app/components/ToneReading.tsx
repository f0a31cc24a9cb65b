import { Tag } from '@zendeskgarden/react-tags'
import { SM } from '@zendeskgarden/react-typography'
import {
  unquotedCueKinds,
  type SentimentCue,
  type SentimentLabel,
  type SentimentReading,
  type SentimentTrend
} from '../../insight'
import { useTranslate } from '../contexts/I18nContext'
import { SidebarSection } from './SidebarSection'
import { ToneSparkline } from './ToneSparkline'

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

/** The tone of this conversation and where the relationship's tone is heading, with the words behind it. */
export function ToneReading({ current, trend }: { current: SentimentReading; trend: SentimentTrend }) {
  const translate = useTranslate()
  const strongestCues = cuesBehind(current)
  return (
    <SidebarSection title={translate('sidebar.tone.title')} testId="tone">
      <div className="rapport-row">
        <Tag hue={labelHue[current.label]} size="small" data-testid="current-sentiment">
          {translate(`sidebar.tone.label.${current.label}`)}
        </Tag>
        <SM data-testid="tone-trend">{translate(`sidebar.tone.trend.${trend.direction}`)}</SM>
      </div>
      <ToneSparkline points={trend.points} label={translate('sidebar.tone.sparkline')} />
      {strongestCues.length > 0 && (
        <SM className="rapport-muted" data-testid="tone-cues">
          {translate('sidebar.tone.because', { cues: strongestCues.map((cue) => `“${cue.text}”`).join(', ') })}
        </SM>
      )}
    </SidebarSection>
  )
}
