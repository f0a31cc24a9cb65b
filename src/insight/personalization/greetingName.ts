/**
 * The name to greet a requester by: a nickname they gave in their profile name (`Tomasz "Tom" Wróbel` → Tom,
 * also in curly or angle quotes), else their first name (`Lopez, Maria` → Maria; `Maria Lopez` → Maria). Greeting by the
 * full name reads like a form letter; quotes pasted into a greeting read like a bug.
 */
// Double quotes only: a single one is as often an apostrophe (O'Brien, D’Arcy).
const nickname = /["“”„«»]\s*([^"“”„«»]+?)\s*["“”„«»]/u
const quoteMarks = /["“”„«»]/gu

export function greetingName(profileName: string): string {
  const name = profileName.replace(/\s+/g, ' ').trim()
  const given = nickname.exec(name)?.[1]?.trim()
  if (given) return given
  const [family, first] = name.split(',').map((part) => part.trim())
  const ordered = first !== undefined && first !== '' ? first : (family ?? '')
  return (ordered.split(' ')[0] ?? '').replace(quoteMarks, '')
}
