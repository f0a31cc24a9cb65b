import { useEffect, useMemo, type ReactNode } from 'react'
import { DEFAULT_THEME, ThemeProvider, type IGardenTheme } from '@zendeskgarden/react-theming'
import type { ColorScheme } from '../../zendesk'
import { SidebarStyles } from '../components/SidebarStyles'

/** Garden's theme in the agent's colour scheme: Garden's own dark palette, not colours of our own. */
export function SidebarTheme({ scheme, children }: { scheme: ColorScheme; children: ReactNode }) {
  const theme = useMemo<IGardenTheme>(
    () => ({ ...DEFAULT_THEME, colors: { ...DEFAULT_THEME.colors, base: scheme } }),
    [scheme]
  )
  useEffect(() => {
    // Scrollbars and form controls follow too; tests and the host read the attribute.
    document.documentElement.style.colorScheme = scheme
    document.documentElement.dataset.colorScheme = scheme
  }, [scheme])
  return (
    <ThemeProvider theme={theme}>
      <SidebarStyles />
      {children}
    </ThemeProvider>
  )
}
