import { describe, expect, it } from 'vitest'
import {
  affords,
  analysisTextBudget,
  measuredRequesterWords,
  requesterWords
} from '../../../src/insight/history/requesterWords'
import { insightModel } from '../../../src/insight/insightSettings'
import { agentId, history, requesterId } from '../historyBuilder'

const ticketOf = (built: ReturnType<ReturnType<typeof history>['build']>) => built.tickets[0]!

describe('requesterWords', () => {
  it('keeps only what the requester wrote, not the agents’ replies', () => {
    const ticket = ticketOf(
      history()
        .current({
          said: ['My export fails.', 'Still failing today.'],
          agentReplies: ['Sorry to hear that! We are on it.']
        })
        .build()
    )
    expect(requesterWords(ticket, requesterId, 6)).toEqual(['My export fails.', 'Still failing today.'])
  })

  it('reads the description when the ticket’s comments were not loaded', () => {
    const ticket = ticketOf(history().current({ description: 'The invoice total is wrong.' }).build())
    expect(ticket.comments).toBeNull()
    expect(requesterWords(ticket, requesterId, 6)).toEqual(['The invoice total is wrong.'])
  })

  it('finds no words when only agents wrote in a loaded conversation', () => {
    const ticket = ticketOf(
      history()
        .current({ agentReplies: ['Reaching out about your renewal.'] })
        .build()
    )
    expect(requesterWords(ticket, requesterId, 6)).toEqual([])
  })

  it('keeps the last messages when there are more than the limit, oldest first', () => {
    const ticket = ticketOf(
      history()
        .current({ said: ['one', 'two', 'three', 'four'] })
        .build()
    )
    expect(requesterWords(ticket, requesterId, 2)).toEqual(['three', 'four'])
  })

  it('removes the quoted agent reply from the customer’s e-mail', () => {
    const body =
      'This still does not work.\n\nOn Mon, 2 Jun 2025 at 10:00, Support <help@acme.test> wrote:\n> Have you tried restarting?'
    const ticket = ticketOf(
      history()
        .current({
          comments: [
            { id: 1, authorId: requesterId, body, htmlBody: null, public: true, createdAt: '2025-06-02T10:00:00Z' }
          ]
        })
        .build()
    )
    expect(requesterWords(ticket, requesterId, 6)).toEqual(['This still does not work.'])
  })

  it('cuts huge messages to a bounded length', () => {
    const ticket = ticketOf(
      history()
        .current({ said: ['word '.repeat(100_000)] })
        .build()
    )
    const [words] = requesterWords(ticket, requesterId, 6)
    expect(words!.length).toBeLessThanOrEqual(4_000)
    expect(words!.length).toBeGreaterThan(1_000)
  })

  it('ignores empty messages', () => {
    const ticket = ticketOf(
      history()
        .current({
          comments: [
            {
              id: 1,
              authorId: requesterId,
              body: '   ',
              htmlBody: null,
              public: true,
              createdAt: '2025-06-02T10:00:00Z'
            },
            { id: 2, authorId: agentId, body: 'Hi', htmlBody: null, public: true, createdAt: '2025-06-02T11:00:00Z' }
          ]
        })
        .build()
    )
    expect(requesterWords(ticket, requesterId, 6)).toEqual([])
  })

  it('cleans at most messagesCleanedPerTicket messages: hundreds that clean to nothing cannot add up', () => {
    const comment = (id: number, body: string) => ({
      id,
      authorId: requesterId,
      body,
      htmlBody: null,
      public: true,
      createdAt: '2025-06-02T10:00:00Z'
    })
    const quotedOnly = Array.from({ length: 300 }, (_, index) => comment(index + 2, '> quoted earlier mail'))
    const ticket = ticketOf(
      history()
        .current({ comments: [comment(1, 'The first message says something.'), ...quotedOnly] })
        .build()
    )
    expect(requesterWords(ticket, requesterId, 6)).toEqual([])
    expect(insightModel.messagesCleanedPerTicket).toBeLessThan(300)
  })

  it('stops cleaning and reading when the analysis text budget is spent', () => {
    const ticket = ticketOf(
      history()
        .current({ said: ['One long message. '.repeat(400), 'And a second one.'] })
        .build()
    )
    const budget = { cleanChars: 100, readChars: 50 }
    const words = requesterWords(ticket, requesterId, 6, budget)
    expect(words.join('').length).toBeLessThanOrEqual(50)
    expect(budget.readChars).toBeLessThanOrEqual(0)
    expect(requesterWords(ticket, requesterId, 6, { cleanChars: 0, readChars: 1_000 })).toEqual([])
  })

  it('measures what a read costs, and whether the budget cut it short', () => {
    const ticket = ticketOf(
      history()
        .current({ said: ['My export fails again.', 'Still failing today, please help.'] })
        .build()
    )
    const roomy = analysisTextBudget()
    const full = measuredRequesterWords(ticket, requesterId, 6, roomy)
    expect(full.cost.cutByBudget).toBe(false)
    expect(full.cost.readChars).toBe(full.words.join('').length)
    expect(analysisTextBudget().readChars - roomy.readChars).toBe(full.cost.readChars)
    expect(analysisTextBudget().cleanChars - roomy.cleanChars).toBe(full.cost.cleanChars)

    const cut = measuredRequesterWords(ticket, requesterId, 6, { cleanChars: 1_000, readChars: 30 })
    expect(cut.cost.cutByBudget).toBe(true)
    expect(cut.words).not.toEqual(full.words)
  })

  it('gives the same words from any budget that affords a read the budget did not cut', () => {
    const ticket = ticketOf(
      history()
        .current({ said: ['First: the invoice is wrong.', 'Second: it is still wrong.', 'Third: thanks.'] })
        .build()
    )
    const { words, cost } = measuredRequesterWords(ticket, requesterId, 6, analysisTextBudget())
    const justEnough = { cleanChars: cost.cleanChars + cost.largestClean, readChars: cost.readChars + cost.largestRead }
    expect(affords(justEnough, cost)).toBe(true)
    expect(requesterWords(ticket, requesterId, 6, justEnough)).toEqual(words)
    const short = { cleanChars: justEnough.cleanChars, readChars: cost.readChars - 1 }
    expect(affords(short, cost)).toBe(false)
    expect(requesterWords(ticket, requesterId, 6, short)).not.toEqual(words)
  })
})
