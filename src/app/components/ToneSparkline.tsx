import { useTheme } from 'styled-components'
import { getColor } from '@zendeskgarden/react-theming'
import type { SentimentTrend } from '../../insight'
import { useLocale, useTranslate } from '../contexts/I18nContext'
import { formatScore } from '../i18n/phraseParams'

const WIDTH = 280
const HEIGHT = 36

/**
 * A tiny line of per-ticket tone, oldest to newest, with the neutral line for reference. Its text alternative
 * reads the same values: each ticket's date, tone word and score.
 */
export function ToneSparkline({ points }: { points: SentimentTrend['points'] }) {
  const translate = useTranslate()
  const locale = useLocale()
  const theme = useTheme()
  if (points.length < 2) return null
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'short' })
  const values = points
    .map((point) =>
      translate('sidebar.tone.sparklinePoint', {
        date: dates.format(new Date(point.createdAt)),
        tone: translate(`sidebar.tickets.tone.${point.label}`),
        score: formatScore(point.score, locale)
      })
    )
    .join('; ')
  const step = WIDTH / (points.length - 1)
  const y = (score: number) => ((1 - Math.max(-1, Math.min(1, score))) / 2) * (HEIGHT - 4) + 2
  const path = points.map(
    (point, index) => `${index === 0 ? 'M' : 'L'}${(index * step).toFixed(1)},${y(point.score).toFixed(1)}`
  )
  return (
    <svg
      role="img"
      aria-label={translate('sidebar.tone.sparkline', { values })}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      height={HEIGHT}
      preserveAspectRatio="none"
      data-testid="tone-sparkline"
    >
      <line
        x1="0"
        x2={WIDTH}
        y1={y(0)}
        y2={y(0)}
        stroke={getColor({ theme, variable: 'border.emphasis' })}
        strokeDasharray="3 3"
      />
      <path
        d={path.join(' ')}
        fill="none"
        stroke={getColor({ theme, variable: 'foreground.primary' })}
        strokeWidth="2"
        vectorEffect="non-scaling-stroke"
      />
    </svg>
  )
}
