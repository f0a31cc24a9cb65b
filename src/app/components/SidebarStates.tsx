import type { ReactNode } from 'react'
import { Button } from '@zendeskgarden/react-buttons'
import { Alert } from '@zendeskgarden/react-notifications'
import { Skeleton } from '@zendeskgarden/react-loaders'
import { MD, SM } from '@zendeskgarden/react-typography'
import { useTranslate } from '../contexts/I18nContext'
import { Notice } from './Notice'

export function LoadingState() {
  const translate = useTranslate()
  return (
    <div role="status" aria-label={translate('sidebar.state.loading')} data-testid="state-loading">
      <MD>
        <Skeleton width="60%" />
      </MD>
      <SM>
        <Skeleton />
        <Skeleton width="80%" />
      </SM>
    </div>
  )
}

export function WaitingState({ retryAt, now }: { retryAt: number; now: number }) {
  const translate = useTranslate()
  const seconds = Math.max(0, Math.ceil((retryAt - now) / 1000))
  return (
    <Alert type="info" role="status" data-testid="state-waiting">
      <Alert.Title>{translate('sidebar.state.waiting.title')}</Alert.Title>
      <SM>{translate('sidebar.state.waiting.body', { seconds })}</SM>
    </Alert>
  )
}

/**
 * Routine states of a ticket, not failures: a ticket without a requester yet, or whose requester was deleted.
 * They read as a neutral notice; only a real failure is an error (and an alert).
 */
export const routineKinds: ReadonlySet<string> = new Set(['noRequester', 'notFound'])

export function RoutineNotice({ kind, onRetry }: { kind: string; onRetry?: () => void }) {
  const translate = useTranslate()
  return (
    <div data-testid="state-notice" data-notice-kind={kind}>
      <Notice testId="state-notice-line">
        <SM isBold>{translate(`sidebar.errors.${kind}.title`)}</SM>
        <SM>{translate(`sidebar.errors.${kind}.body`)}</SM>
      </Notice>
      {onRetry && (
        <Button size="small" isBasic onClick={onRetry} className="rapport-retry">
          {translate('sidebar.state.reload')}
        </Button>
      )}
    </div>
  )
}

/** Every failure kind has its own message saying what the agent (or their admin) can do about it. */
export function ErrorState({ kind, onRetry }: { kind: string; onRetry?: () => void }) {
  const translate = useTranslate()
  return (
    <Alert type="error" role="alert" data-testid="state-error" data-error-kind={kind}>
      <Alert.Title>{translate(`sidebar.errors.${kind}.title`)}</Alert.Title>
      <SM>{translate(`sidebar.errors.${kind}.body`)}</SM>
      {onRetry && (
        <Button size="small" isBasic onClick={onRetry} className="rapport-retry">
          {translate('sidebar.state.retry')}
        </Button>
      )}
    </Alert>
  )
}

/** A one-line notice in the sidebar's flow (the companion's states): neutral, never an alert. */
export function NoticeLine({
  testId,
  type = 'warning',
  children
}: {
  testId: string
  type?: 'warning' | 'info'
  children: ReactNode
}) {
  return (
    <Notice testId={testId} tone={type}>
      {children}
    </Notice>
  )
}
