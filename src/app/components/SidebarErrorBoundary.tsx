import { Component, type ReactNode } from 'react'
import { ErrorState } from './SidebarStates'

/** Last line of defence: whatever a component throws, the agent sees a clear message, never a blank sidebar. */
export class SidebarErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError() {
    return { failed: true }
  }

  override componentDidCatch(error: unknown) {
    console.error('[Rapport] sidebar failed to render', error)
  }

  override render() {
    if (this.state.failed) return <ErrorState kind="unexpected" onRetry={() => this.setState({ failed: false })} />
    return this.props.children
  }
}
