import { createGlobalStyle } from 'styled-components'
import { getColor } from '@zendeskgarden/react-theming'

/** The few layout rules Garden components do not bring: the sidebar is 320px wide, so everything stacks. */
export const SidebarStyles = createGlobalStyle`
  body {
    font-family: ${(p) => p.theme.fonts.system};
    color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.default' })};
    background: ${(p) => getColor({ theme: p.theme, variable: 'background.default' })};
    overflow-wrap: anywhere;
  }
  .rapport-row {
    display: flex;
    align-items: center;
    gap: ${(p) => p.theme.space.xs};
    flex-wrap: wrap;
  }
  .rapport-muted {
    color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
  }
  .rapport-evidence {
    margin: ${(p) => p.theme.space.xxs} 0 0;
    padding-left: ${(p) => p.theme.space.md};
    font-size: ${(p) => p.theme.fontSizes.sm};
    line-height: ${(p) => p.theme.lineHeights.sm};
    color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
  }
  .rapport-prompt + .rapport-prompt {
    margin-top: ${(p) => p.theme.space.xs};
  }
  .rapport-prompt {
    padding: ${(p) => p.theme.space.sm};
  }
  .rapport-actions {
    display: flex;
    justify-content: space-between;
    margin-top: ${(p) => p.theme.space.xs};
  }
  .rapport-pattern + .rapport-pattern {
    margin-top: ${(p) => p.theme.space.xs};
  }
  .rapport-dimension {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: ${(p) => p.theme.space.xs};
  }
  .rapport-retry {
    margin-top: ${(p) => p.theme.space.xs};
  }
  header[data-testid='requester-summary'] {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: ${(p) => p.theme.space.xxs};
  }
`
