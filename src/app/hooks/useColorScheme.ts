import { useEffect, useState } from 'react'
import { watchColorScheme, type ColorScheme, type ZafClient } from '../../zendesk'

/** The agent's colour scheme: what ZAF said at registration (or the iframe URL), then every change event. */
export function useColorScheme(client: ZafClient, initial: ColorScheme): ColorScheme {
  const [scheme, setScheme] = useState(initial)
  useEffect(() => setScheme(initial), [initial])
  useEffect(() => watchColorScheme(client, setScheme), [client])
  return scheme
}
