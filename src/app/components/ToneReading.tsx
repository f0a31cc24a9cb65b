import { Tag } from '@zendeskgarden/react-tags'
import { SM } from '@zendeskgarden/react-typography'
import type { SentimentCue, SentimentLabel, SentimentReading, SentimentTrend } from '../../insight/relationshipInsight'
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
 * The few cues an agent can check against the message: only those pulling the way the label points, and named
 * rules (lexicon words, frustration cues, emoji) before words the learned layer merely leans on.
 */
function cuesBehind(reading: SentimentReading): SentimentCue[] {
  const direction = reading.label === 'negative' ? -1 : reading.label === 'positive' ? 1 : 0
  if (direction === 0) return []
  const agreeing = reading.cues.filter((cue) => Math.sign(cue.weight) === direction)
  const byStrength = (a: SentimentCue, b: SentimentCue) => Math.abs(b.weight) - Math.abs(a.weight)
  const named = agreeing.filter((cue) => cue.kind !== 'learned').sort(byStrength)
  const learned = agreeing.filter((cue) => cue.kind === 'learned').sort(byStrength)
  return [...named, ...learned].slice(0, 4)
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
