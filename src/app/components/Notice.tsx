import type { ReactNode } from 'react'
import styled from 'styled-components'
import { getColor } from '@zendeskgarden/react-theming'

export type NoticeTone = 'info' | 'warning' | 'neutral'

const accent: Record<NoticeTone, string> = {
  info: 'border.primaryEmphasis',
  warning: 'border.warningEmphasis',
  neutral: 'border.emphasis'
}

const Line = styled.div<{ $tone: NoticeTone }>`
  padding: ${(p) => p.theme.space.xxs} ${(p) => p.theme.space.xs};
  border-left: 3px solid ${(p) => getColor({ theme: p.theme, variable: accent[p.$tone] })};
  background: ${(p) => getColor({ theme: p.theme, variable: 'background.subtle' })};
  font-size: ${(p) => p.theme.fontSizes.sm};
  line-height: ${(p) => p.theme.lineHeights.sm};
`

/**
 * A one-line notice: routine states (no requester, first contact, a partial history) and the settings line. Not
 * an alert: nothing is wrong that the agent must act on now, so it is not announced as one (`role` only when the
 * caller says it is a live status).
 */
export function Notice({
  testId,
  tone = 'neutral',
  role,
  children
}: {
  testId: string
  tone?: NoticeTone
  role?: 'status'
  children: ReactNode
}) {
  return (
    <Line $tone={tone} data-testid={testId} data-tone={tone} role={role}>
      {children}
    </Line>
  )
}
