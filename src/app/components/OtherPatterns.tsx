import { Tag } from '@zendeskgarden/react-tags'
import type { PatternId, PatternMatch, Phrase } from '../../insight'
import { useTranslate } from '../contexts/I18nContext'
import type { PlacedEvidence } from '../evidence/evidenceLedger'
import { WhyDetail } from './WhyDetail'

const patternHue: Record<PatternId, string> = {
  frustratedLoyalist: 'red',
  earlyChurnRisk: 'yellow',
  churnRisk: 'yellow',
  delightedAdvocate: 'green',
  highValue: 'kale',
  newCustomer: 'blue'
}

export const patternPlaceId = (id: PatternId) => `pattern.${id}`

/** Patterns besides the one the headline names, each with its evidence on demand. */
export function OtherPatterns({
  patterns,
  evidence
}: {
  patterns: PatternMatch[]
  evidence: Map<string, PlacedEvidence<Phrase>>
}) {
  const translate = useTranslate()
  return (
    <ul className="rapport-patterns">
      {patterns.map((pattern) => {
        const name = translate(`sidebar.patterns.${pattern.id}`)
        return (
          <li key={pattern.id} data-testid="pattern" data-pattern-id={pattern.id}>
            <Tag hue={patternHue[pattern.id]} size="small">
              {name}
            </Tag>
            <WhyDetail name={name} placed={evidence.get(patternPlaceId(pattern.id))} />
          </li>
        )
      })}
    </ul>
  )
}
