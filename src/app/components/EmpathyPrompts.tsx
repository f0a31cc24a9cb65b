import { useState } from 'react'
import { Button } from '@zendeskgarden/react-buttons'
import { Well } from '@zendeskgarden/react-notifications'
import { SM } from '@zendeskgarden/react-typography'
import type { EmpathyPrompt } from '../../insight'
import { useTranslate } from '../contexts/I18nContext'
import { EvidenceList, PhraseText } from './PhraseText'
import { SidebarSection } from './SidebarSection'

interface EmpathyPromptsProps {
  prompts: EmpathyPrompt[]
  dismissedIds: ReadonlySet<string>
  onDismiss: (promptId: string) => void
}

/** Suggestions, not scripts: each shows its evidence on demand and can be dismissed. */
export function EmpathyPrompts({ prompts, dismissedIds, onDismiss }: EmpathyPromptsProps) {
  const translate = useTranslate()
  const visible = prompts.filter((prompt) => !dismissedIds.has(prompt.id))
  if (visible.length === 0) return null
  return (
    <SidebarSection title={translate('sidebar.prompts.title')} testId="empathy-prompts">
      {visible.map((prompt) => (
        <PromptCard key={prompt.id} prompt={prompt} onDismiss={() => onDismiss(prompt.id)} />
      ))}
    </SidebarSection>
  )
}

function PromptCard({ prompt, onDismiss }: { prompt: EmpathyPrompt; onDismiss: () => void }) {
  const translate = useTranslate()
  const [showEvidence, setShowEvidence] = useState(false)
  return (
    <Well isRecessed className="rapport-prompt" data-testid="empathy-prompt" data-prompt-id={prompt.id}>
      <SM>
        <PhraseText phrase={prompt.text} />
      </SM>
      {showEvidence && <EvidenceList evidence={prompt.evidence} label={translate('sidebar.prompts.evidence')} />}
      <div className="rapport-actions">
        {prompt.evidence.length > 0 && (
          <Button isLink size="small" onClick={() => setShowEvidence((shown) => !shown)} aria-expanded={showEvidence}>
            {translate(showEvidence ? 'sidebar.prompts.hideWhy' : 'sidebar.prompts.showWhy')}
          </Button>
        )}
        <Button isBasic size="small" onClick={onDismiss}>
          {translate('sidebar.prompts.dismiss')}
        </Button>
      </div>
    </Well>
  )
}
