import { useEffect } from 'react'
import type { RelationshipInsight } from '../../insight'
import { addTicketTags, type ActionSettings, type ZafClient } from '../../zendesk'
import { alertTags } from '../actions/alertTags'

/**
 * Tags the open ticket when an alert or pattern fires and an admin turned tagging on. Once per ticket and set
 * of tags: the tags field is the agent's to edit afterwards, so a removed tag is not added back on every render.
 */
/** Ticket-and-tags already added in this sidebar instance (a reload of the same ticket does not add them again). */
const added = new Set<string>()

export function useAlertTags(
  client: ZafClient,
  settings: ActionSettings,
  ticketId: number | null,
  insight: RelationshipInsight | null
) {
  const tags = insight ? alertTags(insight, settings) : []
  const key = ticketId === null ? '' : `${ticketId}:${tags.join(',')}`
  useEffect(() => {
    if (ticketId === null || tags.length === 0 || added.has(key)) return
    added.add(key)
    void addTicketTags(client, tags)
    // `key` is the ticket and its tags: the same tags on the same ticket are added once.
  }, [client, key])
}
