import styled from 'styled-components'
import { getColor } from '@zendeskgarden/react-theming'

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

const Bar = styled.span<{ $score: number }>`
  display: inline-block;
  width: 64px;
  height: 6px;
  border-radius: 3px;
  background: linear-gradient(
    to right,
    ${(p) => getColor({ theme: p.theme, variable: scoreVariable(p.$score) })} ${(p) => p.$score * 10}%,
    ${(p) => getColor({ theme: p.theme, variable: 'background.emphasis' })} ${(p) => p.$score * 10}%
  );
`

function scoreVariable(score: number): string {
  if (score <= 3) return 'foreground.danger'
  if (score <= 6) return 'foreground.warning'
  return 'foreground.success'
}

/** A 1–10 score as a short bar plus its number; the number is what screen readers hear. */
export function ScoreBar({ score, label }: { score: number; label: string }) {
  return (
    <Track role="img" aria-label={label} data-score={score}>
      <Bar $score={score} aria-hidden />
      <Score aria-hidden>{score}</Score>
    </Track>
  )
}
