import { forwardRef, useState } from 'react'
import { Button } from '@zendeskgarden/react-buttons'
import { SM } from '@zendeskgarden/react-typography'
import type { EmpathyPrompt } from '../../insight'
import { useTranslate } from '../contexts/I18nContext'
import { PhraseText } from './PhraseText'
import { promptName } from './promptName'

/** "Show dismissed": prompts the agent put aside on this ticket, each one click from coming back. */
export const DismissedPrompts = forwardRef<
  HTMLButtonElement,
  { prompts: EmpathyPrompt[]; onRestore: (id: string) => void }
>(function DismissedPrompts({ prompts, onRestore }, ref) {
  const translate = useTranslate()
  const [open, setOpen] = useState(false)
  if (prompts.length === 0) return null
  return (
    <div data-testid="dismissed-prompts">
      <Button ref={ref} isLink size="small" aria-expanded={open} onClick={() => setOpen((shown) => !shown)}>
        {translate(open ? 'sidebar.dismissed.hide' : 'sidebar.dismissed.show', { count: prompts.length })}
      </Button>
      {open && (
        <ul className="rapport-evidence">
          {prompts.map((prompt) => {
            const name = promptName(translate, prompt.id)
            return (
              <li key={prompt.id} data-testid="dismissed-prompt" data-prompt-id={prompt.id}>
                <SM>
                  <PhraseText phrase={prompt.text} />
                </SM>
                <Button
                  isLink
                  size="small"
                  onClick={() => onRestore(prompt.id)}
                  aria-label={translate('sidebar.dismissed.restoreNamed', { name })}
                >
                  {translate('sidebar.dismissed.restore')}
                </Button>
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
})
