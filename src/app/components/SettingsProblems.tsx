import { Alert } from '@zendeskgarden/react-notifications'
import { SM } from '@zendeskgarden/react-typography'
import type { SettingProblem } from '../../zendesk'
import { useTranslate } from '../contexts/I18nContext'

/**
 * Invalid app settings never stop the sidebar: each falls back to its default, and this note names the setting
 * by its translated label, so an admin knows what to fix.
 */
export function SettingsProblems({ problems }: { problems: SettingProblem[] }) {
  const translate = useTranslate()
  if (problems.length === 0) return null
  return (
    <Alert type="warning" data-testid="settings-problems">
      <Alert.Title>{translate('sidebar.settingsProblems.title')}</Alert.Title>
      <ul className="rapport-evidence">
        {problems.map((problem) => (
          <li key={problem.name}>
            {translate(`sidebar.settingsProblems.${problem.reason}`, {
              label: translate(`app.parameters.${problem.name}.label`),
              value: String(problem.value ?? '')
            })}
          </li>
        ))}
      </ul>
      <SM>{translate('sidebar.settingsProblems.fix')}</SM>
    </Alert>
  )
}
