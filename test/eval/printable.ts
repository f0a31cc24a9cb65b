/**
 * Text from a file, made safe to print on a terminal: control characters (C0, DEL, C1), line and paragraph
 * separators and bidirectional overrides become \u escapes, so a file cannot move the cursor, recolour the
 * terminal, retitle the window or reorder what the reader sees.
 */
const unprintable = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

export function printable(text: string): string {
  return text.replace(unprintable, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
