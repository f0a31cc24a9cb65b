/**
 * Each sentence of evidence in one place. The sidebar cites the same fact from several angles (a pattern, a
 * prompt, a scorecard dimension); the first place in reading order keeps the sentence, later places drop it and
 * name where it is instead. Sentences are compared as the agent reads them (translated), so two phrases that
 * read the same are one fact.
 */

/**
 * Tone figures are one fact however they are worded: the engine's "This ticket reads negative (-0.92 …)" and
 * the tone section's "This ticket scores -0.92 …" say the same score, so they count as one sentence.
 */
export function toneFact(params: Record<string, string | number>): string | null {
  const figure = (value: string | number | undefined) => (value === undefined ? null : Number(value).toFixed(2))
  // The engine's tone figures are fixed-point text; a number under `score` is a health score, not a tone.
  const engineTone = (value: string | number | undefined) => (typeof value === 'string' ? value : undefined)
  const score = figure(engineTone(params.score) ?? params.toneScore)
  if (score !== null) return `tone score ${score}`
  const recent = figure(engineTone(params.recent) ?? params.recentTone)
  const baseline = figure(engineTone(params.baseline) ?? params.earlierTone)
  return recent !== null && baseline !== null ? `tone trend ${recent} ${baseline}` : null
}

export interface EvidencePlace<T> {
  id: string
  /** How a later place refers to this one ("Frustrated loyalist"); null for places always in view (the headline). */
  name: string | null
  items: Array<{ text: string; item: T }>
}

export interface PlacedEvidence<T> {
  /** The items this place shows. */
  own: T[]
  /** Names of earlier places that show the rest of its evidence. */
  elsewhere: string[]
}

export function placeEvidence<T>(places: Array<EvidencePlace<T>>): Map<string, PlacedEvidence<T>> {
  const ownerOf = new Map<string, EvidencePlace<T>>()
  const placed = new Map<string, PlacedEvidence<T>>()
  for (const place of places) {
    const own: T[] = []
    const elsewhere: string[] = []
    for (const { text, item } of place.items) {
      const owner = ownerOf.get(text)
      if (!owner) {
        ownerOf.set(text, place)
        own.push(item)
      } else if (owner !== place && owner.name !== null && !elsewhere.includes(owner.name)) {
        elsewhere.push(owner.name)
      }
    }
    placed.set(place.id, { own, elsewhere })
  }
  return placed
}
