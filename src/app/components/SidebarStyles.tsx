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
  /* Doubled: Garden's Well sets a subtle colour of its own; the suggestion is the text to read. */
  .rapport-prompt.rapport-prompt {
    padding: ${(p) => p.theme.space.sm};
    color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.default' })};
  }
  .rapport-actions {
    display: flex;
    justify-content: space-between;
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
  .rapport-headline {
    display: flex;
    flex-direction: column;
    gap: ${(p) => p.theme.space.xxs};
  }
  .rapport-tickets,
  .rapport-dimensions,
  .rapport-patterns {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .rapport-tickets > li,
  .rapport-dimensions > li,
  .rapport-patterns > li {
    padding: ${(p) => p.theme.space.xxs} 0;
  }
  .rapport-ticket-details {
    display: block;
    font-size: ${(p) => p.theme.fontSizes.sm};
    color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
  }
  .rapport-why > button {
    font-size: ${(p) => p.theme.fontSizes.sm};
  }
  .rapport-ticket-link {
    text-align: start;
    white-space: normal;
  }
`
