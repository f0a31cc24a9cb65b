import type { SentimentTrend } from '../../insight'

const WIDTH = 280
const HEIGHT = 36

/** A tiny line of per-ticket tone, oldest to newest, with the neutral line for reference. */
export function ToneSparkline({ points, label }: { points: SentimentTrend['points']; label: string }) {
  if (points.length < 2) return null
  const step = WIDTH / (points.length - 1)
  const y = (score: number) => ((1 - Math.max(-1, Math.min(1, score))) / 2) * (HEIGHT - 4) + 2
  const path = points.map(
    (point, index) => `${index === 0 ? 'M' : 'L'}${(index * step).toFixed(1)},${y(point.score).toFixed(1)}`
  )
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      height={HEIGHT}
      preserveAspectRatio="none"
      data-testid="tone-sparkline"
    >
      <line x1="0" x2={WIDTH} y1={y(0)} y2={y(0)} stroke="#d8dcde" strokeDasharray="3 3" />
      <path d={path.join(' ')} fill="none" stroke="#1f73b7" strokeWidth="2" vectorEffect="non-scaling-stroke" />
    </svg>
  )
}
