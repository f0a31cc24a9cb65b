import { describe, expect, it } from 'vitest'
import { linkedTicketId } from '../../src/app/components/linkedTicket'
import { formatScore, localizedParams } from '../../src/app/i18n/phraseParams'
import type { HistoryTicket } from '../../src/insight/requesterHistory'

describe('phrase params in the agent’s locale', () => {
  it('writes tone scores with the locale’s decimal sign and an explicit sign, health scores as whole numbers', () => {
    expect(localizedParams({ score: '-0.92', recent: '-0.5', baseline: '0.10', toneScore: -1 }, 'en')).toEqual({
      score: '-0.92',
      recent: '-0.50',
      baseline: '+0.10',
      toneScore: '-1.00'
    })
    expect(localizedParams({ score: 8 }, 'en')).toEqual({ score: '8' })
    expect(localizedParams({ score: '-0.92' }, 'es').score).toBe('-0,92')
    expect(formatScore(0, 'de')).toBe('0,00')
  })

  it('groups large counts but keeps `count` a number for the plural form, and names languages', () => {
    expect(localizedParams({ days: 1200, count: 1200, language: 'es' }, 'en')).toEqual({
      days: '1,200',
      count: 1200,
      language: 'Spanish'
    })
    expect(localizedParams({ language: 'ES' }, 'es').language).toBe('español')
  })

  it('leaves ticket text alone', () => {
    expect(localizedParams({ subject: '0.50 refund', topic: 'billing' }, 'es')).toEqual({
      subject: '0.50 refund',
      topic: 'billing'
    })
  })
})

describe('linkedTicketId: the earlier ticket a phrase names', () => {
  const ticket = (id: number, subject: string) => ({ id, subject }) as Partial<HistoryTicket> as HistoryTicket
  const tickets = [
    ticket(3, 'Export fails'),
    ticket(2, 'A very long subject about the export of reports'),
    ticket(1, 'Export fails')
  ]

  it('finds it by the subject it quotes, newest first, never the open ticket', () => {
    expect(linkedTicketId({ key: 'k', params: { subject: 'Export fails' } }, tickets, 9)).toBe(3)
    expect(linkedTicketId({ key: 'k', params: { subject: 'Export fails' } }, tickets, 3)).toBe(1)
    expect(linkedTicketId({ key: 'k', params: { subject: 'A very long subject…' } }, tickets, 9)).toBe(2)
  })

  it('takes the id when the engine gives one, and nothing when no ticket matches', () => {
    expect(linkedTicketId({ key: 'k', params: { ticketId: 7, subject: 'x' } }, tickets, 9)).toBe(7)
    expect(linkedTicketId({ key: 'k', params: { subject: 'Unknown' } }, tickets, 9)).toBeNull()
    expect(linkedTicketId({ key: 'k', params: {} }, tickets, 9)).toBeNull()
  })
})
