import type { ReactNode } from 'react'
import styled from 'styled-components'
import { getColor } from '@zendeskgarden/react-theming'

const Section = styled.section`
  padding: ${(p) => p.theme.space.sm} 0;
  border-top: ${(p) => p.theme.borders.sm} ${(p) => getColor({ theme: p.theme, variable: 'border.subtle' })};
  &:first-of-type {
    border-top: none;
  }
`

const Heading = styled.h2`
  margin: 0 0 ${(p) => p.theme.space.xs};
  font-size: ${(p) => p.theme.fontSizes.sm};
  font-weight: ${(p) => p.theme.fontWeights.semibold};
  text-transform: uppercase;
  letter-spacing: 0.04em;
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
`

export function SidebarSection({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <Section aria-label={title} data-testid={testId}>
      <Heading>{title}</Heading>
      {children}
    </Section>
  )
}
