import { createTranslate, type TranslationTree } from '../../app/i18n/translate'
import { parseRapportSettings, type SettingProblem } from '../../zendesk'
import englishCatalogue from '../../../translations/en.json'
import type { ManifestJson } from './appContext'
import { byId, el } from './dom'

/**
 * The admin preview: one field per manifest parameter, labelled and explained as Zendesk's settings page does
 * (the translations' `app.parameters`), checked as the app checks them (src/zendesk/settings.ts) and worded as
 * the sidebar words a problem. Applying re-registers the app with the typed values (a fresh sidebar instance)
 * and writes them into the page URL as `?setting.<name>=…`, so a team lead can share what they tried.
 */

export interface SettingsPanelOptions {
  manifest: ManifestJson
  /** The settings the app was registered with (defaults, then the URL's overrides). */
  current: Record<string, unknown>
  apply: (settings: Record<string, unknown>) => Promise<void>
}

type Parameter = NonNullable<ManifestJson['parameters']>[number]

const translate = createTranslate('en', englishCatalogue as TranslationTree)

/** A checkbox is a boolean; every other parameter is the text an admin types, so invalid values can be tried. */
function readField(parameter: Parameter, input: HTMLInputElement): unknown {
  return parameter.type === 'checkbox' ? input.checked : input.value
}

function problemMessage(problem: SettingProblem): string {
  return translate(`sidebar.settingsProblems.${problem.reason}`, {
    label: translate(`app.parameters.${problem.name}.label`),
    value: String(problem.value ?? '')
  })
}

/** `?setting.<name>=…` for every value that differs from the manifest default, other page parameters kept. */
export function settingsUrl(href: string, manifest: ManifestJson, settings: Record<string, unknown>): URL {
  const url = new URL(href)
  for (const name of [...url.searchParams.keys()]) if (name.startsWith('setting.')) url.searchParams.delete(name)
  for (const parameter of manifest.parameters ?? []) {
    const value = settings[parameter.name]
    if (value === undefined || String(value) === String(parameter.default ?? '')) continue
    url.searchParams.set(`setting.${parameter.name}`, String(value))
  }
  return url
}

export function wireSettingsPanel({ manifest, current, apply }: SettingsPanelOptions): void {
  const form = byId<HTMLFormElement>('settings-form')
  const fields = byId('settings-fields')
  const status = byId<HTMLOutputElement>('settings-status')
  const link = byId<HTMLAnchorElement>('settings-link')
  const parameters = manifest.parameters ?? []

  const inputs = new Map<string, { parameter: Parameter; input: HTMLInputElement; message: HTMLElement }>()
  for (const parameter of parameters) {
    const id = `setting-${parameter.name}`
    const input = el('input', {
      attrs: {
        id,
        name: parameter.name,
        type: parameter.type === 'checkbox' ? 'checkbox' : 'text',
        'aria-describedby': `${id}-help ${id}-problem`,
        ...(parameter.type === 'number' ? { inputmode: 'decimal' } : {})
      }
    })
    const value = current[parameter.name] ?? parameter.default ?? ''
    if (parameter.type === 'checkbox') input.checked = value === true
    else input.value = String(value)
    const message = el('span', { className: 'settings-problem', attrs: { id: `${id}-problem`, role: 'status' } })
    fields.append(
      el('div', { className: 'settings-field', attrs: { 'data-setting': parameter.name } }, [
        el('label', { text: translate(`app.parameters.${parameter.name}.label`), attrs: { for: id } }),
        input,
        el('small', { text: translate(`app.parameters.${parameter.name}.helpText`), attrs: { id: `${id}-help` } }),
        message
      ])
    )
    inputs.set(parameter.name, { parameter, input, message })
  }

  const typed = () =>
    Object.fromEntries([...inputs].map(([name, { parameter, input }]) => [name, readField(parameter, input)]))

  /** Shows each invalid value's message beside its field, as the sidebar will word it. */
  const check = (settings: Record<string, unknown>) => {
    const { problems } = parseRapportSettings(settings)
    for (const [name, { input, message }] of inputs) {
      const own = problems.filter((problem) => problem.name === name)
      message.textContent = own.map(problemMessage).join(' ')
      if (own.length > 0) input.setAttribute('aria-invalid', 'true')
      else input.removeAttribute('aria-invalid')
    }
    status.textContent =
      problems.length === 0
        ? 'All values are valid.'
        : `${problems.length} invalid value${problems.length === 1 ? '' : 's'}: the app will use the default instead.`
    return problems
  }

  const showLink = () => {
    link.href = window.location.href
    link.textContent = window.location.href
  }

  form.addEventListener('input', () => check(typed()))
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const settings = typed()
    check(settings)
    window.history.replaceState(window.history.state, '', settingsUrl(window.location.href, manifest, settings))
    showLink()
    void apply(settings)
  })
  byId('settings-reset').addEventListener('click', () => {
    for (const { parameter, input } of inputs.values()) {
      if (parameter.type === 'checkbox') input.checked = parameter.default === true
      else input.value = String(parameter.default ?? '')
    }
    form.requestSubmit()
  })
  check(typed())
  showLink()
}
