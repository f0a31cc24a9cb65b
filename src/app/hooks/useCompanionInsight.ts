import { useEffect, useMemo, useState } from 'react'
import { ticketTopicTags, type RequesterHistory } from '../../insight'
import {
  createCompanionClient,
  parseCompanionSettings,
  parseRapportSettings,
  systemClock,
  type CompanionResult,
  type CompanionUnavailable,
  type NextTopicsAnswer,
  type OrganizationHealthAnswer,
  type RequesterHealthAnswer
} from '../../zendesk'
import { useRegistration } from '../contexts/ClientContext'

export type CompanionView =
  | { kind: 'off' }
  | { kind: 'misconfigured'; problem: 'badUrl' | 'badTimeout' }
  | { kind: 'loading' }
  | {
      kind: 'ready'
      requester: RequesterHealthAnswer | null
      organization: OrganizationHealthAnswer | null
      nextTopics: NextTopicsAnswer | null
      /** Why some or all of the companion's figures are missing (the first failure); null when none failed. */
      unavailable: CompanionUnavailable | null
    }

/**
 * The companion's deeper figures for the open ticket, when the admin set the companion up. Asked once per
 * requester and ticket, all three calls side by side; the sidebar's own analysis never waits for them.
 */
export function useCompanionInsight(history: RequesterHistory): CompanionView {
  const { client, rawSettings } = useRegistration()
  const settings = useMemo(() => parseCompanionSettings(rawSettings), [rawSettings])
  const tierSettings = useMemo(() => parseRapportSettings(rawSettings).settings.insight, [rawSettings])
  const [view, setView] = useState<CompanionView>({ kind: 'loading' })
  const requesterId = history.requester.id
  const organizationId = history.organization?.id ?? null
  const ticketId = history.currentTicketId
  const currentTags = history.tickets.find((ticket) => ticket.id === ticketId)?.tags ?? []
  const topic = ticketTopicTags(currentTags, tierSettings)[0] ?? null

  useEffect(() => {
    if (!settings.enabled) return
    let current = true
    setView({ kind: 'loading' })
    void (async () => {
      const context = await client.context().catch(() => null)
      const companion = createCompanionClient({
        client,
        url: settings.url,
        timeoutMs: settings.timeoutMs,
        subdomain: context?.subdomain ?? '',
        ticketId,
        clock: systemClock
      })
      const skipped = Promise.resolve(null)
      const [requester, organization, nextTopics] = await Promise.all([
        companion.requesterHealth(requesterId, ticketId),
        organizationId === null ? skipped : companion.organizationHealth(organizationId),
        topic === null ? skipped : companion.nextTopics(topic)
      ])
      if (!current) return
      const answers = [requester, organization, nextTopics]
      const failed = answers.find((answer): answer is Extract<CompanionResult<unknown>, { ok: false }> =>
        answer === null ? false : !answer.ok
      )
      setView({
        kind: 'ready',
        requester: valueOf(requester),
        organization: valueOf(organization),
        nextTopics: valueOf(nextTopics),
        unavailable: failed?.reason ?? null
      })
    })()
    return () => {
      current = false
    }
  }, [client, settings, requesterId, organizationId, ticketId, topic])

  if (!settings.enabled)
    return settings.problem === null ? { kind: 'off' } : { kind: 'misconfigured', problem: settings.problem }
  return view
}

function valueOf<T>(answer: CompanionResult<T> | null): T | null {
  return answer !== null && answer.ok ? answer.value : null
}
