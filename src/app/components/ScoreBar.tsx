import styled from 'styled-components'
import { getColor } from '@zendeskgarden/react-theming'
import type { ScoreBand } from '../../insight'

const Track = styled.span`
  display: inline-flex;
  align-items: center;
  flex-shrink: 0;
  gap: ${(p) => p.theme.space.xs};
  white-space: nowrap;
  font-variant-numeric: tabular-nums;
`

const Score = styled.span`
  display: inline-block;
  min-width: 2ch;
  text-align: right;
`

const Bar = styled.span<{ $score: number; $band: ScoreBand }>`
  display: inline-block;
  width: 64px;
  height: 6px;
  border-radius: 3px;
  background: linear-gradient(
    to right,
    ${(p) => getColor({ theme: p.theme, variable: bandVariable[p.$band] })} ${(p) => p.$score * 10}%,
    ${(p) => getColor({ theme: p.theme, variable: 'background.emphasis' })} ${(p) => p.$score * 10}%
  );
`

const bandVariable: Record<ScoreBand, string> = {
  poor: 'foreground.danger',
  fair: 'foreground.warning',
  good: 'foreground.success'
}

/** A 1–10 score as a short bar plus its number, coloured by the band the engine gave; the number is what screen readers hear. */
export function ScoreBar({ score, band, label }: { score: number; band: ScoreBand; label: string }) {
  return (
    <Track role="img" aria-label={label} data-score={score} data-band={band}>
      <Bar $score={score} $band={band} aria-hidden />
      <Score aria-hidden>{score}</Score>
    </Track>
  )
}
