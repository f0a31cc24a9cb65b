// @vitest-environment jsdom
// @vitest-environment-options { "url": "http://127.0.0.1:4567/" }
/**
 * The workspace page's parent frame against the REAL SDK (zendesk_app_framework_sdk 2.0.x): the SDK client runs
 * in this window as the app would in its iframe, the postMessage hop between the two origins is played by
 * forwarding, and `fetch` reaches the host's fake API and page routes in-process.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Hono } from 'hono'
import ZAFClient, { type ZafSdkClient } from 'zendesk_app_framework_sdk'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createFakeZendeskApi } from '../../../src/host/api/fakeZendeskApi'
import { loadDataset } from '../../../src/host/dataset/loadDataset'
import { FaultInjector } from '../../../src/host/faults/faultInjector'
import { HostRecords } from '../../../src/host/page/hostRecords'
import type { SidebarInstance } from '../../../src/host/page/sidebarInstance'
import { Workspace } from '../../../src/host/page/workspace'
import { demoStories } from '../../../src/host/seed/stories'
import { writeSeedDataset } from '../../../src/host/seed/writeSeedDataset'
import { createWorkspaceRoutes } from '../../../src/host/workspaceRoutes'

const pageOrigin = 'http://127.0.0.1:4567'
const appOrigin = 'http://localhost:4567'
const maria = 3_620_000_101
const aisha = 3_620_000_301
const lovalistTicket = 1114

const folder = mkdtempSync(join(tmpdir(), 'rapport-frame-'))
writeSeedDataset(folder)
const dataset = loadDataset(folder)
const server = new Hono()
server.route('/api/v2', createFakeZendeskApi({ dataset, faults: new FaultInjector(), currentUserId: null }))
server.route('/host', createWorkspaceRoutes(dataset, demoStories))

const records = new HostRecords()
const sidebar = document.createElement('div')
const ticketPane = document.createElement('div')
document.body.append(ticketPane, sidebar)
const notices: string[] = []
const workspace = new Workspace({
  workspace: {
    stories: demoStories,
    tickets: [],
    agent: { id: 3_610_000_001, name: 'Dana Whitfield', role: 'agent', locale: 'en-US' },
    requesters: [],
    subdomain: 'rapport-demo'
  },
  metadata: { appId: 1, installationId: 1, name: 'Rapport', version: '0.1.0', settings: { lookbackMonths: 24 } },
  locale: 'en-GB',
  colorScheme: 'light',
  appOrigin,
  records,
  ticketPane,
  sidebar,
  notify: (message) => notices.push(message)
})

let instance: SidebarInstance
let client: ZafSdkClient

/** Connects an instance's iframe to the SDK client in this window, across the two pretend origins. */
function connect(target: SidebarInstance): ZafSdkClient {
  const appWindow = target.iframe.contentWindow as Window
  appWindow.postMessage = ((message: unknown, targetOrigin: string) => {
    expect(targetOrigin).toBe(appOrigin)
    window.dispatchEvent(new MessageEvent('message', { data: message, origin: pageOrigin, source: window }))
  }) as typeof window.postMessage
  window.postMessage = ((message: unknown, targetOrigin: string) => {
    expect(targetOrigin).toBe(pageOrigin)
    queueMicrotask(() =>
      target.handleMessage(new MessageEvent('message', { data: message, origin: appOrigin, source: appWindow }))
    )
  }) as typeof window.postMessage
  const src = new URL(target.iframe.src)
  window.history.replaceState(
    null,
    '',
    `/?origin=${src.searchParams.get('origin')}&app_guid=${src.searchParams.get('app_guid')}`
  )
  const sdk = ZAFClient.init()
  if (!sdk) throw new Error('the SDK found no origin/app_guid')
  return sdk
}

beforeAll(async () => {
  vi.stubGlobal('fetch', (input: string | URL | Request, init?: RequestInit) =>
    server.request(new Request(new URL(String(input), pageOrigin), init))
  )
  await workspace.openTicket(lovalistTicket)
  instance = workspace.current as SidebarInstance
  client = connect(instance)
  await instance.whenRegistered()
})

afterAll(() => {
  vi.unstubAllGlobals()
  rmSync(folder, { recursive: true, force: true })
})

const until = async (check: () => boolean) => {
  await vi.waitFor(() => expect(check()).toBe(true))
}

describe('the parent frame, as the real SDK sees it', () => {
  it('serves the app from the other origin, naming the page as its origin', () => {
    const src = new URL(instance.iframe.src)
    expect(src.origin + src.pathname).toBe(`${appOrigin}/app/assets/iframe.html`)
    expect(src.searchParams.get('origin')).toBe(pageOrigin)
    expect(src.searchParams.get('app_guid')).toBe(instance.instanceGuid)
    // As Zendesk does, so the app can paint in the agent's scheme before ZAF starts.
    expect(src.searchParams.get('colorScheme')).toBe('light')
  })

  it('answers the handshake with app.registered: metadata and ticket sidebar context', async () => {
    expect(records.messages[0]).toMatchObject({
      name: 'iframe.handshake',
      data: { key: 'iframe.handshake', message: { version: '2.0.9' } }
    })
    expect(await client.context()).toEqual({
      host: 'zendesk',
      product: 'support',
      location: 'ticket_sidebar',
      instanceGuid: instance.instanceGuid,
      account: { subdomain: 'rapport-demo' },
      ticketId: lovalistTicket
    })
    expect(await client.metadata()).toMatchObject({ name: 'Rapport', settings: { lookbackMonths: 24 } })
  })

  it('resolves get paths into the ZAF objects', async () => {
    expect(await client.get('ticket.requester.id')).toEqual({ 'ticket.requester.id': maria, errors: {} })
    expect(await client.get(['ticket.id', 'currentUser.locale', 'ticket.organization.name'])).toEqual({
      'ticket.id': lovalistTicket,
      'currentUser.locale': 'en-GB',
      'ticket.organization.name': 'Northwind Logistics',
      errors: {}
    })
    const { ticket } = (await client.get('ticket')) as { ticket: Record<string, unknown> }
    expect(ticket).toMatchObject({ id: lovalistTicket, status: 'open', via: { channel: 'email' } })
    expect(typeof ticket.createdAt).toBe('string')
    expect(ticket.requester).toMatchObject({
      id: maria,
      name: 'Maria Keller',
      organizations: [{ name: 'Northwind Logistics' }]
    })
  })

  it('reads custom fields through customField: segments', async () => {
    expect(await client.get('ticket.requester.customField:job_title')).toMatchObject({
      'ticket.requester.customField:job_title': 'Operations Lead'
    })
  })

  it('fails an unknown path alone: a single get rejects, a bulk get reports it in errors', async () => {
    await expect(client.get('ticket.nope')).rejects.toThrow('"ticket.nope" Could not find handler')
    expect(await client.get(['ticket.id', 'ticket.nope'])).toEqual({
      'ticket.id': lovalistTicket,
      errors: { 'ticket.nope': { name: 'ZafError', message: 'Could not find handler', path: 'ticket.nope' } }
    })
  })

  it('applies invoke("resize") to the iframe and records it', async () => {
    await client.invoke('resize', { height: '480px', width: '100%' })
    expect(instance.iframe.style.height).toBe('480px')
    expect(records.resizeCalls.at(-1)).toMatchObject({
      instanceGuid: instance.instanceGuid,
      height: '480px',
      width: '100%'
    })
  })

  it('rejects an invoke of an action the sidebar does not have', async () => {
    await expect(client.invoke('instances.create', { location: 'modal' })).rejects.toThrow(/Could not find handler/)
  })

  it('sets ticket fields, later gets see the change', async () => {
    await client.invoke('ticket.tags.add', 'vip')
    await (client as unknown as { set: (path: string, value: unknown) => Promise<unknown> }).set(
      'ticket.subject',
      'Renamed'
    )
    expect(await client.get(['ticket.subject', 'ticket.tags'])).toMatchObject({
      'ticket.subject': 'Renamed',
      'ticket.tags': ['billing', 'invoices', 'export', 'escalated', 'vip']
    })
  })

  it('proxies client.request to the fake API with the complete response (contracts.md)', async () => {
    const url = `/api/v2/users/${maria}/tickets/requested.json?page[size]=100&sort=-created_at&include=users,organizations,metric_sets`
    const response = (await client.request({
      url,
      type: 'GET',
      dataType: 'json',
      httpCompleteResponse: true,
      autoRetry: false
    })) as {
      status: number
      headers: Record<string, string>
      responseJSON: { tickets: unknown[]; meta: { has_more: boolean } }
    }
    expect(response.status).toBe(200)
    expect(response.headers['content-type']).toContain('application/json')
    expect(response.responseJSON.tickets).toHaveLength(14)
    expect(response.responseJSON.meta.has_more).toBe(false)
    expect(records.requests.at(-1)).toMatchObject({
      url,
      method: 'GET',
      status: 200,
      outcome: 'done',
      ticketId: lovalistTicket
    })
  })

  it('rejects a failed request with the complete response', async () => {
    await expect(client.request({ url: '/api/v2/users/1.json', httpCompleteResponse: true })).rejects.toMatchObject({
      status: 404,
      responseJSON: { error: 'RecordNotFound', description: 'Not found' }
    })
  })

  it('gives the bare body without httpCompleteResponse, like jQuery', async () => {
    const sdk = client as unknown as { request(url: string): Promise<unknown> }
    expect(await sdk.request(`/api/v2/users/${maria}.json`)).toMatchObject({ user: { id: maria } })
  })

  it('sends the fault spec so the fake API can fail: 429 with retry-after, then success', async () => {
    workspace.faultSpec = 'user:429x1=3,organization:malformed'
    const options = { url: `/api/v2/users/${maria}.json`, dataType: 'json', httpCompleteResponse: true }
    await expect(client.request(options)).rejects.toMatchObject({ status: 429, headers: { 'retry-after': '3' } })
    expect(await client.request(options)).toMatchObject({ status: 200 })
    const malformed = (await client.request({ ...options, url: '/api/v2/organizations/3600000101.json' })) as Record<
      string,
      unknown
    >
    expect(malformed.status).toBe(200)
    expect(malformed).not.toHaveProperty('responseJSON')
    expect(() => JSON.parse(String(malformed.responseText))).toThrow()
    workspace.faultSpec = ''
  })

  it('fires subscribed events only, and records both', async () => {
    const heard: unknown[] = []
    client.on('ticket.updated', (payload) => heard.push(payload))
    await until(() => instance.subscriptionCounts()['ticket.updated'] === 1)
    expect(workspace.ticketUpdatedElsewhere()).toBe(true)
    await until(() => heard.length === 1)
    expect(heard[0]).toEqual({ updatedBy: { id: null, name: 'Another agent' } })
    expect(workspace.fire('ticket.viewers.changed')).toBe(false)
    expect(records.events.at(-1)).toMatchObject({ name: 'ticket.viewers.changed', delivered: false })
  })

  it('tells a new app.activated subscriber that the sidebar is active', async () => {
    const heard: unknown[] = []
    client.on('app.activated', (payload) => heard.push(payload))
    await until(() => heard.length === 1)
    expect(heard[0]).toEqual({ firstLoad: true })
  })

  it('changes the requester: the change event carries the new id and get follows', async () => {
    const heard: unknown[] = []
    client.on('ticket.requester.id.changed', (payload) => heard.push(payload))
    await until(() => instance.subscriptionCounts()['ticket.requester.id.changed'] === 1)
    expect(await workspace.changeRequester(aisha)).toBe(true)
    await until(() => heard.length === 1)
    expect(heard).toEqual([aisha])
    expect(await client.get('ticket.requester.name')).toMatchObject({ 'ticket.requester.name': 'Aisha Rahman' })
  })

  it('switches the colour scheme: colorScheme.changed carries it, get follows, the URL keeps it', async () => {
    const heard: unknown[] = []
    client.on('colorScheme.changed', (payload) => heard.push(payload))
    await until(() => instance.subscriptionCounts()['colorScheme.changed'] === 1)
    expect(await client.get('colorScheme')).toMatchObject({ colorScheme: 'light' })
    expect(workspace.setColorScheme('dark')).toBe(true)
    await until(() => heard.length === 1)
    expect(heard).toEqual(['dark'])
    expect(await client.get('colorScheme')).toMatchObject({ colorScheme: 'dark' })
    expect(new URLSearchParams(window.location.search).get('colorScheme')).toBe('dark')
    workspace.setColorScheme('light')
  })

  it('runs the save hook (needsReply) before the submit events, and honours a rejection', async () => {
    const submitted: unknown[] = []
    let verdict: 'allow' | 'block' = 'block'
    client.on('ticket.save', () => (verdict === 'block' ? Promise.reject('Rapport is still loading') : true))
    client.on('ticket.submit.done', () => submitted.push('done'))
    await until(() => instance.subscriptionCounts()['ticket.submit.done'] === 1)
    expect(await workspace.submitTicket()).toEqual({ ok: false, error: 'Rapport is still loading' })
    expect(submitted).toEqual([])
    verdict = 'allow'
    expect(await workspace.submitTicket()).toEqual({ ok: true })
    await until(() => submitted.length === 1)
  })

  it('opens the next ticket in a fresh instance and ignores the old iframe from then on', async () => {
    const old = instance
    const oldWindow = old.iframe.contentWindow as Window
    await workspace.openTicket(demoStories[2]?.currentTicketId ?? 0)
    expect(workspace.current).not.toBe(old)
    expect(old.iframe.isConnected).toBe(false)
    expect(sidebar.querySelectorAll('iframe')).toHaveLength(1)
    expect(workspace.current?.instanceGuid).not.toBe(old.instanceGuid)
    const stale = new MessageEvent('message', {
      data: { key: 'request:99', message: { url: '/api/v2/users/me.json' } },
      origin: appOrigin,
      source: oldWindow
    })
    expect(old.handleMessage(stale)).toBe(false)
    expect(new URLSearchParams(window.location.search).get('ticket')).toBe(String(demoStories[2]?.currentTicketId))
  })

  it('shows the conversation as text, never as HTML', () => {
    expect(ticketPane.querySelector('.ticket-subject')?.textContent).toBe(
      'Route planner is fantastic + PDF export question'
    )
    expect(ticketPane.querySelectorAll('.comment-body *')).toHaveLength(0)
  })

  it('opens the ticket routeTo names in the workspace, and refuses what the demo cannot open', async () => {
    const target = demoStories[0]?.currentTicketId ?? 0
    const current = workspace.current as SidebarInstance
    const routed = connect(current)
    await expect(routed.invoke('routeTo', 'user', 1)).rejects.toThrow(/opens tickets only/)
    await routed.invoke('routeTo', 'ticket', target)
    await until(() => workspace.current?.ticketId === target)
    expect(new URLSearchParams(window.location.search).get('ticket')).toBe(String(target))
  })
})
