// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { App } from '../../src/app/App'
import { readyMarks } from '../../src/app/hooks/useReadyMarks'
import { createRequesterHistoryCache, wrapZafSdk } from '../../src/zendesk'
import { createFakeZafSdk, type FakeZafSdk } from '../zendesk/fakes/fakeZafSdk'
import { createFakeZendeskApi, http, type FakeZendeskApi } from '../zendesk/fakes/fakeZendeskApi'
import { fixtureCurrentTicketId, fixtureDataset, fixtureRequesterId } from '../zendesk/fakes/requesterDataset'

afterEach(() => {
  cleanup()
  window.sessionStorage.clear()
  window.localStorage.clear()
})

/** The sidebar as Zendesk would run it, with only the network edge (the ZAF SDK's host) faked. */
function renderSidebar(
  setup: {
    api?: FakeZendeskApi
    requesterId?: number | null
    settings?: Record<string, unknown>
    agent?: { id: number; role: string }
    colorScheme?: 'light' | 'dark'
    locale?: string
    /** Changes to the fake SDK before the app registers (e.g. holding some of its answers). */
    prepare?: (sdk: FakeZafSdk) => void
  } = {}
) {
  const api = setup.api ?? createFakeZendeskApi(fixtureDataset())
  const sdk: FakeZafSdk = createFakeZafSdk(api, {
    id: fixtureCurrentTicketId,
    requesterId: setup.requesterId === undefined ? fixtureRequesterId : setup.requesterId
  })
  sdk.ticketData.currentUser = setup.agent ?? { id: 42, role: 'agent' }
  if (setup.colorScheme) sdk.ticketData.colorScheme = setup.colorScheme
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
  setup.prepare?.(sdk)
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

/** Whether the agent can see an element: not built in a closed section, and never inside an inert (closed) panel. */
const isShown = (testId: string) => {
  const element = screen.queryByTestId(testId)
  return element !== null && element.closest('[inert]') === null
}

/** Opens a section of the sidebar by its heading (Garden's accordion trigger). */
function openSection(name: string | RegExp) {
  fireEvent.click(screen.getByRole('button', { name }))
}

// The first view also loads Garden, the lexicons and the agent's catalogue on two shared cores.
describe('the ticket sidebar', { timeout: 20_000 }, () => {
  it('puts the requester first: name as the heading, organization and tier, facts, the state and the top prompt', async () => {
    renderSidebar()
    await sidebarIn('ready')
    const headline = screen.getByTestId('headline')
    expect(within(headline).getByRole('heading', { level: 1 }).textContent).toBe(
      screen.getByTestId('requester-name').textContent
    )
    expect(screen.getByTestId('requester-facts').textContent).toMatch(/\d+ tickets?/)
    expect(screen.getByTestId('headline-state-name').textContent).toBeTruthy()
    expect(screen.getByTestId('headline-reason').textContent).toBeTruthy()
    expect(within(headline).getAllByTestId('empathy-prompt')).toHaveLength(1)
    // Everything else waits in closed sections; raw tone scores are nowhere in the visible text.
    expect(isShown('relationship-health')).toBe(false)
    expect(screen.getByTestId('rapport-sidebar').textContent).not.toMatch(/-?\d[.,]\d\d/)
  })

  it('opens the tone and the scorecard on demand, and remembers the open sections for this agent', async () => {
    renderSidebar({ agent: { id: 77, role: 'agent' } })
    await sidebarIn('ready')
    // A closed section's content is not built at all, only its heading.
    expect(screen.queryByTestId('current-sentiment')).toBeNull()
    expect(screen.queryByTestId('relationship-health')).toBeNull()
    openSection('Tone')
    expect(isShown('current-sentiment')).toBe(true)
    expect(screen.getByTestId('current-sentiment').textContent).toMatch(/tone/i)
    openSection('Relationship health')
    // The overall and the five dimensions (the fixture's tone is known, so each has a score).
    expect(within(screen.getByTestId('relationship-health')).getAllByRole('img').length).toBe(6)
    expect(JSON.parse(window.localStorage.getItem('rapport.openSections.77') ?? '[]')).toEqual(['tone', 'health'])
    cleanup()
    renderSidebar({ agent: { id: 77, role: 'agent' } })
    await sidebarIn('ready')
    expect(isShown('relationship-health')).toBe(true)
    cleanup()
    renderSidebar({ agent: { id: 78, role: 'agent' } })
    await sidebarIn('ready')
    expect(isShown('relationship-health')).toBe(false)
  })

  it('still opens sections when the browser refuses storage', async () => {
    const setItem = Storage.prototype.setItem
    Storage.prototype.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError')
    }
    try {
      renderSidebar()
      await sidebarIn('ready')
      openSection('Tone')
      expect(isShown('current-sentiment')).toBe(true)
    } finally {
      Storage.prototype.setItem = setItem
    }
  })

  it('shows why a prompt is there, dismisses it with focus moved on, and brings it back', async () => {
    renderSidebar()
    await sidebarIn('ready')
    const top = within(screen.getByTestId('headline')).getByTestId('empathy-prompt')
    const promptId = top.getAttribute('data-prompt-id')
    fireEvent.click(within(top).getByRole('button', { name: /^Why\? — / }))
    expect(within(top).getByTestId('why-detail')).toBeTruthy()
    fireEvent.click(within(top).getByRole('button', { name: /^Dismiss — / }))
    const shown = screen.queryAllByTestId('empathy-prompt').map((prompt) => prompt.getAttribute('data-prompt-id'))
    expect(shown).not.toContain(promptId)
    expect(
      JSON.parse(window.sessionStorage.getItem(`rapport.dismissedPrompts.${fixtureCurrentTicketId}`) ?? '[]')
    ).toEqual([promptId])
    const focused = document.activeElement as HTMLElement
    expect(focused === document.body).toBe(false)
    expect(
      focused.getAttribute('data-testid') === 'empathy-prompt' || /dismissed/i.test(focused.textContent ?? '')
    ).toBe(true)
    fireEvent.click(screen.getByRole('button', { name: /dismissed/i }))
    fireEvent.click(screen.getByRole('button', { name: /^Restore — / }))
    expect(within(screen.getByTestId('headline')).getByTestId('empathy-prompt').getAttribute('data-prompt-id')).toBe(
      promptId
    )
  })

  it('opens a recent ticket through ZAF routeTo', async () => {
    const { invocations } = renderSidebar()
    await sidebarIn('ready')
    openSection('Recent tickets')
    const [first] = screen.getAllByTestId('recent-ticket')
    const ticketId = Number(first?.getAttribute('data-ticket-id'))
    expect(ticketId).not.toBe(fixtureCurrentTicketId)
    fireEvent.click(within(first as HTMLElement).getByRole('button'))
    await waitFor(() => expect(invocations).toContainEqual(['routeTo', 'ticket', ticketId]))
  })

  it('asks Zendesk to resize the iframe to its content', async () => {
    const { invocations } = renderSidebar()
    await sidebarIn('ready')
    await waitFor(() => expect(invocations.some(([name]) => name === 'resize')).toBe(true), settleTimeout)
    const [, size] = invocations.find(([name]) => name === 'resize') ?? []
    expect(size).toEqual({ width: '100%', height: expect.stringMatching(/^\d+px$/) })
  })

  it('marks (User Timing) when insight first shows and when the whole history is read, once each', async () => {
    performance.clearMarks()
    renderSidebar()
    await sidebarIn('ready')
    await waitFor(() => expect(screen.getByTestId('rapport-sidebar').hasAttribute('data-refining')).toBe(false))
    const [headline, ...laterHeadlines] = performance.getEntriesByName(readyMarks.headline, 'mark')
    const [complete, ...laterCompletes] = performance.getEntriesByName(readyMarks.complete, 'mark')
    expect([laterHeadlines, laterCompletes]).toEqual([[], []])
    expect(headline!.startTime).toBeLessThanOrEqual(complete!.startTime)
  })

  it('sets no ready mark for a notice', async () => {
    performance.clearMarks()
    renderSidebar({ requesterId: null })
    await sidebarIn('notice')
    expect(performance.getEntriesByName(readyMarks.headline, 'mark')).toEqual([])
  })

  it('follows the agent colour scheme from ZAF and its change event', async () => {
    const { sdk } = renderSidebar({ colorScheme: 'dark' })
    await sidebarIn('ready')
    expect(document.documentElement.dataset.colorScheme).toBe('dark')
    act(() => sdk.emit('colorScheme.changed', 'light'))
    expect(document.documentElement.dataset.colorScheme).toBe('light')
  })

  it('says the ticket has no requester as a neutral notice, not an error', async () => {
    renderSidebar({ requesterId: null })
    await sidebarIn('notice')
    expect(screen.getByTestId('state-notice').getAttribute('data-notice-kind')).toBe('noRequester')
    expect(screen.getByText('No requester yet')).toBeTruthy()
    expect(screen.queryByRole('alert')).toBeNull()
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

  it('asks Zendesk once when the load started at registration fails while the sidebar opens', async () => {
    const api = createFakeZendeskApi(fixtureDataset())
    api.queueFaults(/tickets\/requested/, http(403, { error: 'Forbidden', description: 'You do not have access' }))
    // Every read of the ticket's requester after the first waits until the failure is in: the early load's
    // own check and the sidebar's, so the sidebar opens while the failure lands, where a second flight used to start.
    let release = () => {}
    const failureIn = new Promise<void>((resolve) => (release = resolve))
    let requesterReads = 0
    renderSidebar({
      api,
      prepare: (sdk) => {
        const answer = sdk.get.bind(sdk)
        sdk.get = async (path) => {
          if ([path].flat().includes('ticket.requester') && ++requesterReads > 1) await failureIn
          return answer(path)
        }
      }
    })
    await sidebarIn('loading')
    await waitFor(() => expect(api.requests.some((url) => /tickets\/requested/.test(url))).toBe(true))
    release()
    await sidebarIn('error')
    expect(screen.getByTestId('state-error').getAttribute('data-error-kind')).toBe('forbidden')
    expect(api.requests.filter((url) => /tickets\/requested/.test(url))).toHaveLength(1)
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
    expect(screen.getByTestId('first-contact').getAttribute('role')).toBeNull()
    expect(screen.getByTestId('requester-facts').textContent).toMatch(/^Customer for/)
  })

  it('treats a requester whose ticket list is empty as a first contact on the open ticket', async () => {
    const dataset = fixtureDataset()
    dataset.tickets = []
    renderSidebar({ api: createFakeZendeskApi(dataset) })
    await sidebarIn('ready')
    expect(screen.getByTestId('requester-name').textContent).toBeTruthy()
    expect(screen.getByTestId('first-contact')).toBeTruthy()
  })

  it('names an invalid setting and what to type in one line, with the details for admins only', async () => {
    const settings = { frustratedAlertThreshold: 'very', repeatContactWindowDays: -4 }
    renderSidebar({ settings })
    await sidebarIn('ready')
    expect(screen.getByTestId('settings-line').textContent).toBe(
      'Setting “Frustration alert threshold”: type a number from -1 to 1. Using the default. (and 1 more)'
    )
    expect(screen.queryByRole('button', { name: 'Details' })).toBeNull()
    expect(screen.getByTestId('requester-name').textContent).toBeTruthy()
    cleanup()
    renderSidebar({ settings, agent: { id: 1, role: 'admin' } })
    await sidebarIn('ready')
    fireEvent.click(screen.getByRole('button', { name: 'Details' }))
    const details = screen.getByTestId('settings-details').textContent ?? ''
    expect(details).toContain('Frustration alert threshold: “very” — type a number from -1 to 1')
    expect(details).toContain('Repeat-contact window (days): “-4” — type a whole number from 1 to 365')
  })

  it('says what to type for a tag with a space in it', async () => {
    renderSidebar({ settings: { tagTickets: true, churnRiskTag: 'churn risk' } })
    await sidebarIn('ready')
    expect(screen.getByTestId('settings-line').textContent).toBe(
      'Setting “Tag for a churn risk”: type one tag: letters, digits, _ or -, no spaces. Using the default.'
    )
  })

  it('renders hostile ticket text as text, never as markup', async () => {
    const dataset = fixtureDataset()
    for (const { ticket } of dataset.tickets) ticket.subject = '<img src=x onerror="window.pwned=1">Billing'
    renderSidebar({ api: createFakeZendeskApi(dataset) })
    await sidebarIn('ready')
    openSection('Recent tickets')
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
