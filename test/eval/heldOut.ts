/**
 * A fixed split of every development set: a fifth of the rows, chosen by a hash of the text (so duplicates land on
 * the same side), is held out from tuning. `npm run eval -- --held-out` reports only those rows, `--tuning` the rest.
 */
export type Split = 'all' | 'tuning' | 'heldOut'

/** FNV-1a, 32 bit: stable across runs and machines. */
function textHash(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

export function isHeldOut(text: string): boolean {
  return textHash(text) % 5 === 0
}

/** The tuning split's four folds (1–4; 0 is the held-out fifth), for the training script's cross-validation. */
export const tuningFolds = [1, 2, 3, 4] as const

export function foldOf(text: string): number {
  return textHash(text) % 5
}

export function inSplit(text: string, split: Split): boolean {
  if (split === 'all') return true
  return isHeldOut(text) === (split === 'heldOut')
}
