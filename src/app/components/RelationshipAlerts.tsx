import { Alert } from '@zendeskgarden/react-notifications'
import type { RelationshipAlert } from '../../insight'
import { useTranslate } from '../contexts/I18nContext'
import { EvidenceList } from './PhraseText'

const alertType = { frustrated: 'warning', delighted: 'success' } as const

export function RelationshipAlerts({ alerts }: { alerts: RelationshipAlert[] }) {
  const translate = useTranslate()
  return (
    <>
      {alerts.map((alert) => (
        <Alert key={alert.kind} type={alertType[alert.kind]} data-testid="relationship-alert" data-alert={alert.kind}>
          <Alert.Title>{translate(`sidebar.alerts.${alert.kind}`)}</Alert.Title>
          <EvidenceList evidence={alert.evidence} label={translate('sidebar.alerts.evidence')} />
        </Alert>
      ))}
    </>
  )
}
