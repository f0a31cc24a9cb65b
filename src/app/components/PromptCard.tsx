import { forwardRef } from 'react'
import { Button } from '@zendeskgarden/react-buttons'
import { Well } from '@zendeskgarden/react-notifications'
import { SM } from '@zendeskgarden/react-typography'
import type { EmpathyPrompt, Phrase } from '../../insight'
import { useTranslate } from '../contexts/I18nContext'
import type { PlacedEvidence } from '../evidence/evidenceLedger'
import { PhraseText } from './PhraseText'
import { promptName } from './promptName'
import { WhyDetail } from './WhyDetail'

interface PromptCardProps {
  prompt: EmpathyPrompt
  evidence: PlacedEvidence<Phrase> | undefined
  /** The ticket the prompt's text names, if it names one (linked). */
  linkTicketId?: number | null
  onDismiss: () => void
}

/** A suggestion, not a script: its text, its evidence on demand, and a way to put it aside. */
export const PromptCard = forwardRef<HTMLDivElement, PromptCardProps>(function PromptCard(
  { prompt, evidence, linkTicketId, onDismiss },
  ref
) {
  const translate = useTranslate()
  const name = promptName(translate, prompt.id)
  return (
    <Well
      ref={ref}
      tabIndex={-1}
      isRecessed
      className="rapport-prompt"
      data-testid="empathy-prompt"
      data-prompt-id={prompt.id}
      aria-label={translate('sidebar.prompts.named', { name })}
      role="group"
    >
      <SM>
        <PhraseText phrase={prompt.text} linkTicketId={linkTicketId} />
      </SM>
      <div className="rapport-actions">
        <WhyDetail name={name} placed={evidence} />
        <Button
          isBasic
          size="small"
          onClick={onDismiss}
          aria-label={translate('sidebar.prompts.dismissNamed', { name })}
        >
          {translate('sidebar.prompts.dismiss')}
        </Button>
      </div>
    </Well>
  )
})
