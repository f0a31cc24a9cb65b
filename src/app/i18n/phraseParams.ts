import type { Phrase } from '../../insight'
import type { Translate, TranslationParams } from './translate'

/**
 * The engine hands numbers over raw (or, for tone scores, as fixed-point text); the agent reads them in their
 * locale's form: "-0,92" in Spanish, language codes as names ("Spanish", "espagnol"). `count` stays a number:
 * it picks the plural form.
 */
type ParamFormat = (value: string | number, locale: string) => string | number

const signedScore: ParamFormat = (value, locale) => {
  const score = typeof value === 'number' ? value : Number(value)
  if (!Number.isFinite(score)) return value
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero'
  }).format(score)
}

/**
 * The engine's `score`, `recent` and `baseline`: a tone score arrives as fixed-point text ("-0.92"), a health
 * score (1–10) as a number. Each is shown as what it is.
 */
const engineScore: ParamFormat = (value, locale) =>
  typeof value === 'string' ? signedScore(value, locale) : wholeNumber(value, locale)

const wholeNumber: ParamFormat = (value, locale) =>
  typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value

const languageName: ParamFormat = (value, locale) => {
  if (typeof value !== 'string') return value
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(value.toLowerCase()) ?? value
  } catch {
    return value
  }
}

/** How each param name is shown; names not listed are ticket-derived text and pass through unchanged. */
const paramFormats: Record<string, ParamFormat> = {
  score: engineScore,
  recent: engineScore,
  baseline: engineScore,
  toneScore: signedScore,
  recentTone: signedScore,
  earlierTone: signedScore,
  percent: wholeNumber,
  contacts: wholeNumber,
  days: wholeNumber,
  window: wholeNumber,
  threshold: wholeNumber,
  min: wholeNumber,
  max: wholeNumber,
  language: languageName
}

export function localizedParams(params: TranslationParams, locale: string): TranslationParams {
  const localized: TranslationParams = {}
  for (const [name, value] of Object.entries(params)) {
    const format = paramFormats[name]
    localized[name] = format ? format(value, locale) : value
  }
  return localized
}

export function phraseText(phrase: Phrase, translate: Translate, locale: string): string {
  return translate(phrase.key, localizedParams(phrase.params, locale))
}

/** A score or average on the -1…1 scale as the agent's locale writes it (for the "why" details). */
export function formatScore(score: number, locale: string): string {
  return String(signedScore(score, locale))
}
