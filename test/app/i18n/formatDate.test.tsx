// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { I18nProvider, useFormatDate } from '../../../src/app/contexts/I18nContext'
import { readCatalogue } from './catalogueFiles'

afterEach(cleanup)

function When({ value }: { value: string }) {
  const formatDate = useFormatDate()
  return <span data-testid="when">{formatDate(value)}</span>
}

const rendered = (agentLocale: string, catalogueLocale: string, value: string) => {
  render(
    <I18nProvider
      locale={agentLocale}
      catalogue={{ locale: catalogueLocale, catalogue: readCatalogue(catalogueLocale) }}
    >
      <When value={value} />
    </I18nProvider>
  )
  return screen.getByTestId('when').textContent
}

describe('useFormatDate', () => {
  it("writes a date the agent's way through Intl", () => {
    const date = '2026-12-03T10:00:00Z'
    expect(rendered('de-AT', 'de', date)).toBe('03.12.2026')
    cleanup()
    expect(rendered('ja', 'ja', date)).toBe('2026/12/03')
    cleanup()
    expect(rendered('en-US', 'en', date)).toBe('Dec 3, 2026')
    cleanup()
    expect(rendered('en-US', 'en', 'not a date')).toBe('not a date')
  })
})
