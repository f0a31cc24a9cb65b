import { lstatSync } from 'node:fs'
import { join } from 'node:path'
import type { DemoStory } from '../hostPayloads'
import { readDatasetText } from './datasetFiles'
import { DatasetError, isPlainObject } from './readRecords'

/** Not a Zendesk API file: the seed writer leaves the story list beside the dataset, for the page's switcher. */
export const storiesFileName = 'rapport-stories.json'

export function loadStories(folder: string): DemoStory[] {
  const path = join(folder, storiesFileName)
  if (lstatSync(path, { throwIfNoEntry: false }) === undefined) return []
  const text = readDatasetText(folder, storiesFileName)
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new DatasetError(`${storiesFileName}: not valid JSON`)
  }
  if (!Array.isArray(parsed) || !parsed.every(isStory)) {
    throw new DatasetError(`${storiesFileName}: expected an array of stories ({ id, title, currentTicketId, ... })`)
  }
  return parsed
}

function isStory(value: unknown): value is DemoStory {
  return (
    isPlainObject(value) &&
    typeof value.id === 'string' &&
    typeof value.title === 'string' &&
    typeof value.currentTicketId === 'number' &&
    (typeof value.requesterName === 'string' || value.requesterName === null) &&
    typeof value.ticketCount === 'number' &&
    typeof value.expectedTicketFacts === 'string' &&
    typeof value.expectedAsOf === 'boolean' &&
    typeof value.expectedInsight === 'string' &&
    Array.isArray(value.expectedPatterns) &&
    typeof value.expectedState === 'string'
  )
}
