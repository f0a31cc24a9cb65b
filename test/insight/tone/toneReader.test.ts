import { describe, expect, it } from 'vitest'
import { requesterTimeline } from '../../../src/insight/history/requesterTimeline'
import { createToneReader } from '../../../src/insight/tone/toneReader'
import { history, now, requesterId } from '../historyBuilder'

describe('createToneReader', () => {
  it('reads the requester’s words of a ticket, latest message leading', () => {
    const built = history()
      .current({
        said: ['Hello, a quick question about exports.', 'This is awful, I am furious!'],
        agentReplies: ['Great news!']
      })
      .build()
    const tone = createToneReader(requesterId).ticketTone(requesterTimeline(built, now).current!)
    expect(tone.words).toEqual(['Hello, a quick question about exports.', 'This is awful, I am furious!'])
    expect(tone.reading?.label).toBe('negative')
  })

  it('has no reading for a ticket where the requester wrote nothing', () => {
    const built = history()
      .current({ agentReplies: ['Reaching out about your renewal.'] })
      .build()
    expect(createToneReader(requesterId).ticketTone(requesterTimeline(built, now).current!)).toEqual({
      words: [],
      reading: null
    })
  })

  it('reads each ticket once and gives the same answer again', () => {
    const built = history()
      .current({ said: ['Thanks, that fixed it!'] })
      .build()
    const reader = createToneReader(requesterId)
    const entry = requesterTimeline(built, now).current!
    expect(reader.ticketTone(entry)).toBe(reader.ticketTone(entry))
  })

  it('remembers a ticket’s tone across analyses of the same records, and reads a new conversation afresh', () => {
    const built = history()
      .current({ said: ['This is the third time I ask. Still broken!'] })
      .build()
    const entry = requesterTimeline(built, now).current!
    const first = createToneReader(requesterId).ticketTone(entry)
    // Another analysis (a new reader) of the same conversation: the same reading, not read again.
    expect(createToneReader(requesterId).ticketTone(entry)).toBe(first)
    // The same ticket with its conversation read again (new records): read afresh, to the same words.
    const reread = { ...entry, ticket: { ...entry.ticket, comments: entry.ticket.comments!.map((c) => ({ ...c })) } }
    const again = createToneReader(requesterId).ticketTone(reread)
    expect(again).not.toBe(first)
    expect(again).toEqual(first)
    // Another requester's words in the same records are not theirs.
    expect(createToneReader(requesterId + 1).ticketTone(entry).words).toEqual([])
  })
})
