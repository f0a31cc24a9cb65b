import { SM } from '@zendeskgarden/react-typography'
import type { RequesterHistory } from '../../insight'
import type { NextTopicsAnswer, OrganizationHealthAnswer, RequesterHealthAnswer } from '../../zendesk'
import { useTranslate } from '../contexts/I18nContext'
import { useCompanionInsight } from '../hooks/useCompanionInsight'
import { SidebarSection } from './SidebarSection'
import { NoticeLine } from './SidebarStates'

/**
 * What the companion adds when an admin set it up: the whole history's figures (marked as such, with how much
 * they cover), the organization view and the next-topic hint. When it is slow, down or rejecting, one line says
 * which, for the admin, and the sidebar's own analysis above stays as it is.
 */
export function CompanionInsights({ history }: { history: RequesterHistory }) {
  const translate = useTranslate()
  const view = useCompanionInsight(history)
  switch (view.kind) {
    case 'off':
      return null
    case 'misconfigured':
      return (
        <NoticeLine testId="companion-notice">
          {translate(`sidebar.companion.misconfigured.${view.problem}`)}
        </NoticeLine>
      )
    case 'loading':
      return (
        <SM role="status" className="rapport-muted" data-testid="companion-loading">
          {translate('sidebar.companion.loading')}
        </SM>
      )
    case 'ready':
      return (
        <>
          {view.requester && <WholeHistory answer={view.requester} />}
          {view.nextTopics && <NextTopicHint answer={view.nextTopics} />}
          {view.organization && <OrganizationView answer={view.organization} />}
          {view.unavailable && (
            <NoticeLine testId="companion-notice" type="info">
              {translate(`sidebar.companion.unavailable.${view.unavailable}`)}
            </NoticeLine>
          )}
        </>
      )
  }
}

function WholeHistory({ answer }: { answer: RequesterHealthAnswer }) {
  const translate = useTranslate()
  return (
    <SidebarSection title={translate('sidebar.companion.wholeHistory.title')} testId="companion-whole-history">
      <SM data-testid="companion-coverage">
        {translate('sidebar.companion.wholeHistory.coverage', { count: answer.coverage.requesterMessages })}
      </SM>
      <SM data-testid="companion-overall">
        {translate('sidebar.companion.wholeHistory.overall', {
          score: answer.scorecard.overall,
          tickets: answer.coverage.tickets,
          direction: translate(`sidebar.tone.trend.${answer.scorecard.direction}`)
        })}
      </SM>
      {answer.coverage.partial && <SM className="rapport-muted">{translate('sidebar.companion.partial')}</SM>}
    </SidebarSection>
  )
}

const topicName = (topic: string) => topic.replace(/[_-]+/g, ' ')

function NextTopicHint({ answer }: { answer: NextTopicsAnswer }) {
  const translate = useTranslate()
  const next = answer.next[0]
  if (!next) return null
  return (
    <NoticeLine testId="companion-next-topic" type="info">
      {translate('sidebar.companion.nextTopic', {
        topic: topicName(answer.topic),
        next: topicName(next.topic),
        count: next.count,
        observed: answer.observed,
        confidence: Math.round(answer.confidence * 100)
      })}
    </NoticeLine>
  )
}

function OrganizationView({ answer }: { answer: OrganizationHealthAnswer }) {
  const translate = useTranslate()
  const names = answer.atRisk.map((entry) => entry.name).filter((name): name is string => Boolean(name))
  return (
    <SidebarSection
      title={translate('sidebar.companion.organization.title', { name: answer.name })}
      testId="companion-organization"
    >
      <SM data-testid="companion-organization-counts">
        {translate('sidebar.companion.organization.counts', {
          count: answer.requesterCount,
          tickets: answer.ticketCount,
          open: answer.openTickets
        })}
      </SM>
      <SM>{translate('sidebar.companion.organization.csat', { good: answer.csatGood, bad: answer.csatBad })}</SM>
      <SM>
        {translate('sidebar.companion.organization.tone', {
          direction: translate(`sidebar.tone.trend.${answer.tone.direction}`)
        })}
      </SM>
      <SM data-testid="companion-at-risk">
        {names.length === 0
          ? translate('sidebar.companion.organization.noneAtRisk')
          : translate('sidebar.companion.organization.atRisk', { names: names.join(', ') })}
      </SM>
      {answer.partial && <SM className="rapport-muted">{translate('sidebar.companion.partial')}</SM>}
    </SidebarSection>
  )
}
