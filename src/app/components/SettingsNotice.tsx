import { useId, useState } from 'react'
import { Button } from '@zendeskgarden/react-buttons'
import { SM } from '@zendeskgarden/react-typography'
import { settingRange, type SettingProblem } from '../../zendesk'
import { useLocale, useTranslate } from '../contexts/I18nContext'
import { localizedParams } from '../i18n/phraseParams'
import type { Translate } from '../i18n/translate'
import { Notice } from './Notice'

/** What to type instead, by what was wrong; numbers name their allowed range. */
function fixFor(problem: SettingProblem, translate: Translate, locale: string): string {
  const range = settingRange(problem.name)
  if (
    range &&
    (problem.reason === 'notANumber' || problem.reason === 'notAnInteger' || problem.reason === 'outOfRange')
  )
    return translate(
      range.integer ? 'sidebar.settingsNotice.fix.wholeNumber' : 'sidebar.settingsNotice.fix.number',
      localizedParams({ min: range.min, max: range.max }, locale)
    )
  return translate(`sidebar.settingsNotice.fix.${problem.reason}`)
}

/**
 * An invalid app setting never stops the sidebar: it falls back to its default, and one short line at the very
 * top names the setting and what to type. Admins, who can fix it, also get the values that were typed.
 */
export function SettingsNotice({ problems, isAdmin }: { problems: SettingProblem[]; isAdmin: boolean }) {
  const translate = useTranslate()
  const locale = useLocale()
  const [open, setOpen] = useState(false)
  const detailId = useId()
  const [first] = problems
  if (!first) return null
  const label = (problem: SettingProblem) => translate(`app.parameters.${problem.name}.label`)
  return (
    <Notice testId="settings-problems" tone="warning">
      <SM data-testid="settings-line">
        {translate('sidebar.settingsNotice.line', { setting: label(first), fix: fixFor(first, translate, locale) })}
        {problems.length > 1 && ` ${translate('sidebar.settingsNotice.more', { count: problems.length - 1 })}`}
      </SM>
      {isAdmin && (
        <>
          <Button
            isLink
            size="small"
            aria-expanded={open}
            aria-controls={detailId}
            onClick={() => setOpen((shown) => !shown)}
          >
            {translate(open ? 'sidebar.settingsNotice.hideDetails' : 'sidebar.settingsNotice.showDetails')}
          </Button>
          {open && (
            <div id={detailId} data-testid="settings-details">
              <ul className="rapport-evidence">
                {problems.map((problem) => (
                  <li key={`${problem.name}-${problem.reason}`}>
                    {translate('sidebar.settingsNotice.detail', {
                      setting: label(problem),
                      value: String(problem.value ?? ''),
                      fix: fixFor(problem, translate, locale)
                    })}
                  </li>
                ))}
              </ul>
              <SM className="rapport-muted">{translate('sidebar.settingsNotice.where')}</SM>
            </div>
          )}
        </>
      )}
    </Notice>
  )
}
