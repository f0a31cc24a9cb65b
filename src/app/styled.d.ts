import 'styled-components'
import type { IGardenTheme } from '@zendeskgarden/react-theming'

// Styled components in the sidebar read Garden's theme (space, fonts, colours).
declare module 'styled-components' {
  export interface DefaultTheme extends IGardenTheme {}
}
