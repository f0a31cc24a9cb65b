import { describe, expect, it } from 'vitest'
import {
  addTicketTags,
  colorSchemeFromUrl,
  openTicketTab,
  readAgent,
  readColorScheme,
  watchColorScheme
} from '../../src/zendesk/agentWorkspace'
import { wrapZafSdk } from '../../src/zendesk/zafSdkWrapper'
import { createFakeZafSdk } from './fakes/fakeZafSdk'
import { createFakeZendeskApi } from './fakes/fakeZendeskApi'
import { fixtureDataset } from './fakes/requesterDataset'

function workspaceClient() {
  const sdk = createFakeZafSdk(createFakeZendeskApi(fixtureDataset()), { id: 1, requesterId: 2 })
  const invoked: unknown[][] = []
  let failing = false
  sdk.invoke = async (name: string, ...args: unknown[]) => {
    invoked.push([name, ...args])
    if (failing) throw new Error('Could not find handler')
    return { errors: {} }
  }
  return { sdk, client: wrapZafSdk(sdk), invoked, fail: () => (failing = true) }
}

describe('the agent workspace through ZAF', () => {
  it('reads the colour scheme from the iframe URL before ZAF starts, and ignores anything else', () => {
    expect(colorSchemeFromUrl('?origin=x&app_guid=y&colorScheme=dark')).toBe('dark')
    expect(colorSchemeFromUrl('?colorScheme=light')).toBe('light')
    expect(colorSchemeFromUrl('?colorScheme=purple')).toBeNull()
    expect(colorSchemeFromUrl('')).toBeNull()
  })

  it('reads the colorScheme property and follows colorScheme.changed until unsubscribed', async () => {
    const { sdk, client } = workspaceClient()
    sdk.ticketData.colorScheme = 'dark'
    expect(await readColorScheme(client)).toBe('dark')
    const heard: string[] = []
    const stop = watchColorScheme(client, (scheme) => heard.push(scheme))
    sdk.emit('colorScheme.changed', 'light')
    sdk.emit('colorScheme.changed', 'sepia')
    stop()
    sdk.emit('colorScheme.changed', 'dark')
    expect(heard).toEqual(['light'])
    expect(sdk.handlerCount('colorScheme.changed')).toBe(0)
  })

  it('reads the agent’s id and whether they are an admin, and knows nothing when ZAF says nothing', async () => {
    const { sdk, client } = workspaceClient()
    sdk.ticketData.currentUser = { id: 5, role: 'admin' }
    expect(await readAgent(client)).toEqual({ id: 5, isAdmin: true })
    sdk.ticketData.currentUser = undefined
    expect(await readAgent(client)).toEqual({ id: null, isAdmin: false })
  })

  it('opens a ticket with routeTo and tags the open ticket with ticket.tags.add', async () => {
    const { client, invoked, fail } = workspaceClient()
    expect(await openTicketTab(client, 12)).toBe(true)
    expect(await addTicketTags(client, ['rapport_frustrated'])).toBe(true)
    expect(await addTicketTags(client, [])).toBe(true)
    expect(invoked).toEqual([
      ['routeTo', 'ticket', 12],
      ['ticket.tags.add', ['rapport_frustrated']]
    ])
    fail()
    expect(await openTicketTab(client, 12)).toBe(false)
  })
})
