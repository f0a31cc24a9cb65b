import type { ReactNode } from 'react'
import { Accordion } from '@zendeskgarden/react-accordions'

export interface InsightSection {
  id: string
  title: string
  content: ReactNode
}

/**
 * Everything below the headline, in sections the agent opens; which ones stay open is the agent's choice,
 * remembered across tickets (`open`, `onToggle`). A closed section's content is not rendered at all: nobody sees
 * it, and building it (Garden's styles for the health bars, the sparkline, the ticket list) was most of the
 * first view's rendering time, paid again on every refinement while older tickets load.
 */
export function InsightSections({
  sections,
  open,
  onToggle
}: {
  sections: InsightSection[]
  open: readonly string[]
  onToggle: (sectionId: string) => void
}) {
  const expanded = sections.flatMap((section, index) => (open.includes(section.id) ? [index] : []))
  return (
    <Accordion
      level={2}
      isCompact
      isExpandable
      isCollapsible
      expandedSections={expanded}
      onChange={(index: number) => {
        const section = sections[index]
        if (section) onToggle(section.id)
      }}
      data-testid="insight-sections"
    >
      {sections.map((section) => (
        <Accordion.Section key={section.id} data-testid={`section-${section.id}`}>
          <Accordion.Header>
            <Accordion.Label>{section.title}</Accordion.Label>
          </Accordion.Header>
          <Accordion.Panel>{open.includes(section.id) ? section.content : null}</Accordion.Panel>
        </Accordion.Section>
      ))}
    </Accordion>
  )
}
