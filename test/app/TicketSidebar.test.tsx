// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { App } from '../../src/app/App'
import { createRequesterHistoryCache, wrapZafSdk } from '../../src/zendesk'
import { createFakeZafSdk, type FakeZafSdk } from '../zendesk/fakes/fakeZafSdk'
import { createFakeZendeskApi, http, type FakeZendeskApi } from '../zendesk/fakes/fakeZendeskApi'
import { fixtureCurrentTicketId, fixtureDataset, fixtureRequesterId } from '../zendesk/fakes/requesterDataset'

afterEach(() => {
  cleanup()
  window.sessionStorage.clear()
})

/** The sidebar as Zendesk would run it, with only the network edge (the ZAF SDK's host) faked. */
function renderSidebar(
  setup: {
    api?: FakeZendeskApi
    requesterId?: number | null
    settings?: Record<string, unknown>
    locale?: string
  } = {}
) {
  const api = setup.api ?? createFakeZendeskApi(fixtureDataset())
  const sdk: FakeZafSdk = createFakeZafSdk(api, {
    id: fixtureCurrentTicketId,
    requesterId: setup.requesterId === undefined ? fixtureRequesterId : setup.requesterId
  })
  if (setup.locale) sdk.ticketData['currentUser.locale'] = setup.locale
  const invocations: unknown[][] = []
  sdk.invoke = async (name: string, ...args: unknown[]) => {
    invocations.push([name, ...args])
    return { errors: {} }
  }
  sdk.metadata = async () => ({
    appId: 1,
    installationId: 2,
    name: 'Rapport',
    version: '0.1.0',
    settings: setup.settings ?? {}
  })
  const noRetries = {
    maxRateLimitRetries: 0,
    maxRetryAfterSeconds: 0,
    defaultRetryAfterSeconds: 0,
    maxTransientRetries: 0,
    baseBackoffMs: 0,
    maxBackoffMs: 0
  }
  render(<App client={wrapZafSdk(sdk)} loaderOverrides={{ cache: createRequesterHistoryCache(), retry: noRetries }} />)
  return { api, sdk, invocations }
}

/** Generous: this machine has two cores and the first render also loads Garden and the lexicons. */
const settleTimeout = { timeout: 10_000 }

async function sidebarIn(state: string) {
  return waitFor(() => {
    const root = screen.getByTestId('rapport-sidebar')
    expect(root.getAttribute('data-state')).toBe(state)
    return root
  }, settleTimeout)
}

// The first view also loads Garden, the lexicons and the agent's catalogue on two shared cores.
describe('the ticket sidebar', { timeout: 20_000 }, () => {
  it('shows the requester, the tone, the health scorecard and at most three prompts', async () => {
    renderSidebar()
    await sidebarIn('ready')
    expect(screen.getByTestId('requester-name').textContent).toBeTruthy()
    expect(screen.getByTestId('requester-facts').textContent).toMatch(/\d+ tickets?/)
    expect(screen.getByTestId('current-sentiment').textContent).toMatch(/tone/i)
    // The overall and the five dimensions (the fixture's tone is known, so each has a score).
    expect(within(screen.getByTestId('relationship-health')).getAllByRole('img').length).toBe(6)
    const prompts = screen.queryAllByTestId('empathy-prompt')
    expect(prompts.length).toBeGreaterThan(0)
    expect(prompts.length).toBeLessThanOrEqual(3)
  })

  it('lets the agent see why a prompt is shown, and dismiss it for this ticket', async () => {
    renderSidebar()
    await sidebarIn('ready')
    const [first] = screen.getAllByTestId('empathy-prompt')
    const promptId = first?.getAttribute('data-prompt-id')
    fireEvent.click(within(first as HTMLElement).getByRole('button', { name: 'Why?' }))
    expect(within(first as HTMLElement).getByRole('list', { name: 'Evidence for this prompt' })).toBeTruthy()
    fireEvent.click(within(first as HTMLElement).getByRole('button', { name: 'Dismiss' }))
    const remaining = screen.queryAllByTestId('empathy-prompt').map((prompt) => prompt.getAttribute('data-prompt-id'))
    expect(remaining).not.toContain(promptId)
    expect(
      JSON.parse(window.sessionStorage.getItem(`rapport.dismissedPrompts.${fixtureCurrentTicketId}`) ?? '[]')
    ).toEqual([promptId])
  })

  it('asks Zendesk to resize the iframe to its content', async () => {
    const { invocations } = renderSidebar()
    await sidebarIn('ready')
    await waitFor(() => expect(invocations.some(([name]) => name === 'resize')).toBe(true), settleTimeout)
    const [, size] = invocations.find(([name]) => name === 'resize') ?? []
    expect(size).toEqual({ width: '100%', height: expect.stringMatching(/^\d+px$/) })
  })

  it('says the ticket has no requester instead of crashing', async () => {
    renderSidebar({ requesterId: null })
    await sidebarIn('error')
    expect(screen.getByTestId('state-error').getAttribute('data-error-kind')).toBe('noRequester')
    expect(screen.getByText('No requester yet')).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull()
  })

  it('says when the agent may not read the history, and offers a retry that recovers', async () => {
    const api = createFakeZendeskApi(fixtureDataset())
    api.queueFaults(/tickets\/requested/, http(403, { error: 'Forbidden', description: 'You do not have access' }))
    renderSidebar({ api })
    await sidebarIn('error')
    expect(screen.getByTestId('state-error').getAttribute('data-error-kind')).toBe('forbidden')
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Try again' })))
    await sidebarIn('ready')
  })

  it('reports a malformed answer from Zendesk as such', async () => {
    const api = createFakeZendeskApi(fixtureDataset())
    api.queueFaults(/tickets\/requested/, http(200, '{"tickets": [ {"id": '))
    renderSidebar({ api })
    await sidebarIn('error')
    expect(screen.getByTestId('state-error').getAttribute('data-error-kind')).toBe('malformed')
  })

  it('says what the history leaves out: the ticket budget reached, unreadable and impossibly dated records', async () => {
    const dataset = fixtureDataset()
    const others = dataset.tickets.filter(({ ticket }) => ticket.id !== fixtureCurrentTicketId)
    Object.assign(others[0]?.ticket ?? {}, { id: 'not an id' })
    Object.assign(others[1]?.ticket ?? {}, { created_at: '+275760-09-13T00:00:00.000Z' })
    renderSidebar({ api: createFakeZendeskApi(dataset), settings: { maxTickets: 3 } })
    await sidebarIn('ready')
    expect(screen.getByTestId('history-capped')).toBeTruthy()
    expect(screen.getByTestId('history-unreadable').textContent).toContain('1 ticket or comment could not be read')
    expect(screen.getByTestId('history-implausible-dates').textContent).toContain('1 record with an impossible date')
    expect(screen.getByTestId('history-partial')).toBeTruthy()
  })

  it('refuses an id that cannot be read exactly instead of showing another requester', async () => {
    const { sdk } = renderSidebar({ requesterId: 9 })
    sdk.ticketData['ticket.requester'] = { id: '9007199254740993' }
    await sidebarIn('error')
    expect(screen.getByTestId('state-error').getAttribute('data-error-kind')).toBe('invalidId')
  })

  it('shows a first contact when the requester has no other tickets', async () => {
    const dataset = fixtureDataset()
    dataset.tickets = dataset.tickets.filter(({ ticket }) => ticket.id === fixtureCurrentTicketId)
    renderSidebar({ api: createFakeZendeskApi(dataset) })
    await sidebarIn('ready')
    expect(screen.getByTestId('first-contact')).toBeTruthy()
    expect(screen.getByTestId('requester-facts').textContent).toContain('1 ticket')
  })

  it('treats a requester whose ticket list is empty as a first contact on the open ticket', async () => {
    const dataset = fixtureDataset()
    dataset.tickets = []
    renderSidebar({ api: createFakeZendeskApi(dataset) })
    await sidebarIn('ready')
    expect(screen.getByTestId('requester-name').textContent).toBeTruthy()
    expect(screen.getByTestId('requester-facts').textContent).toContain('1 ticket')
    expect(screen.getByTestId('first-contact')).toBeTruthy()
  })

  it('names invalid settings and keeps working on their defaults', async () => {
    renderSidebar({ settings: { frustratedAlertThreshold: 'very', repeatContactWindowDays: -4 } })
    await sidebarIn('ready')
    const notice = screen.getByTestId('settings-problems').textContent ?? ''
    expect(notice).toContain('Frustration alert threshold: “very” is not a number.')
    expect(notice).toContain('Repeat-contact window (days)')
    expect(screen.getByTestId('requester-name').textContent).toBeTruthy()
  })

  it('renders hostile ticket text as text, never as markup', async () => {
    const dataset = fixtureDataset()
    for (const { ticket } of dataset.tickets) ticket.subject = '<img src=x onerror="window.pwned=1">Billing'
    renderSidebar({ api: createFakeZendeskApi(dataset) })
    await sidebarIn('ready')
    expect(document.querySelector('img')).toBeNull()
    expect((window as { pwned?: number }).pwned).toBeUndefined()
  })
})

describe("the agent's locale", { timeout: 20_000 }, () => {
  it('shows the sidebar in German for de-AT, with the page language following', async () => {
    renderSidebar({ locale: 'de-AT' })
    await sidebarIn('ready')
    expect(document.documentElement.lang).toBe('de')
    expect(screen.getByTestId('requester-facts').textContent).toMatch(/\d+ Tickets?/)
    expect(screen.getByRole('heading', { name: 'Beziehungsgesundheit' })).toBeTruthy()
  })
})

describe('outside Zendesk', () => {
  it('explains how to open Rapport instead of showing an empty frame, in the browser language', async () => {
    render(<App client={null} />)
    expect((await screen.findByTestId('state-error')).getAttribute('data-error-kind')).toBe('outsideZendesk')
    expect(document.documentElement.lang).toBe('en')
  })
})
