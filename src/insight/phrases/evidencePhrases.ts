/** Evidence lines several steps share, so the same fact reads the same wherever it is cited. */
import type {
  Phrase,
  RelationshipSignals,
  SentimentCue,
  SentimentReading,
  SentimentTrend
} from '../relationshipInsight'
import type { InsightSettings } from '../insightSettings'
import { unquotedCueKinds } from '../sentiment/readSentiment'
import { formatScore, phrase } from './insightPhrases'

/** Whole years of tenure, counted the way the sidebar's header counts them. */
export function tenureYears(tenureDays: number): number {
  return Math.floor(tenureDays / 365)
}

/** Tenure in the unit an agent reads at a glance, matching the sidebar header: days, months, then years. */
export function tenureEvidence(tenureDays: number): Phrase {
  if (tenureDays >= 365) return phrase('insight.evidence.tenureYears', { count: tenureYears(tenureDays) })
  if (tenureDays >= 60) return phrase('insight.evidence.tenureMonths', { count: Math.floor(tenureDays / 30.44) })
  if (tenureDays <= 0) return phrase('insight.evidence.tenureNew', {})
  return phrase('insight.evidence.tenureDays', { count: tenureDays })
}

/** A language Rapport did not score, as an upper-case ISO code (the app has no language names to offer). */
export function languageName(language: string): string {
  return language.toUpperCase()
}

export function toneNowEvidence(reading: SentimentReading): Phrase {
  if (reading.label === 'unknown') {
    return reading.language !== null && reading.language !== 'en'
      ? phrase('insight.evidence.toneNow.unknownLanguage', { language: languageName(reading.language) })
      : phrase('insight.evidence.toneNow.unknown', {})
  }
  return phrase(`insight.evidence.toneNow.${reading.label}`, { score: formatScore(reading.score) })
}

export function toneTrendEvidence(trend: SentimentTrend): Phrase | null {
  if (trend.direction === 'unknown' || trend.recent === null || trend.baseline === null) return null
  const params = { recent: formatScore(trend.recent), baseline: formatScore(trend.baseline) }
  return phrase(`insight.evidence.toneTrend.${trend.direction}`, params)
}

/**
 * Cues that are the customer expressing a feeling: not politeness formulas ("thank you"), not words that only
 * name a problem ("error"), not yes/no answers ("no"), not weights a model learned for ordinary words ("month").
 * Which cue kinds those are is the sentiment reader's to say. Only these are quoted to an agent as "their words",
 * and an alert needs at least one.
 */
export function feelingCues(reading: SentimentReading, direction: 'negative' | 'positive'): SentimentCue[] {
  return reading.cues
    .filter((cue) => (direction === 'negative' ? cue.weight < 0 : cue.weight > 0))
    .filter((cue) => !unquotedCueKinds.has(cue.kind) && cue.text.trim() !== '')
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
}

/** The strongest feeling cues in the reading's direction, quoted: the words behind an alert. */
export function cueEvidence(reading: SentimentReading, direction: 'negative' | 'positive', limit = 3): Phrase[] {
  return feelingCues(reading, direction)
    .slice(0, limit)
    .map((cue) => phrase('insight.evidence.cue', { text: clip(cue.text, 60) }))
}

/** Ticket-derived text (subjects, topics, cue words) is clipped so one long subject cannot flood the sidebar. */
export function clip(text: string, maxChars: number): string {
  const trimmed = text.replace(/\s+/g, ' ').trim()
  const chars = Array.from(trimmed)
  return chars.length <= maxChars ? trimmed : `${chars.slice(0, maxChars - 1).join('')}…`
}

/** Subjects and topics quoted in a phrase are clipped to this many characters. */
export const quotedChars = 80

/**
 * The current ticket's repeat run as phrase params: contacts, topic, and the window they were counted in (the
 * repeat-contact window, the one computed, not the span between them: "2 contacts about billing within 14 days").
 */
export function repeatTopicParams(
  signals: RelationshipSignals,
  settings: InsightSettings
): { count: number; contacts: number; topic: string } {
  return {
    count: settings.repeatContactWindowDays,
    contacts: signals.currentTopicContacts,
    topic: clip(signals.currentTopic ?? '', quotedChars)
  }
}

/** "N contacts about <topic> within W days". */
export function repeatTopicEvidence(signals: RelationshipSignals, settings: InsightSettings): Phrase {
  return phrase('insight.evidence.repeatTopic', repeatTopicParams(signals, settings))
}
