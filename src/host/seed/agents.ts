import type { AuthoredPerson } from './storyTypes'

/** The support team of the demo account. The first is the agent the workspace page plays. */
export const seedAgents: Array<AuthoredPerson & { role: 'agent' | 'admin' }> = [
  {
    id: 3_610_000_001,
    name: 'Dana Whitfield',
    email: 'dana.whitfield@rapport-demo.example',
    createdDaysAgo: 2_100,
    locale: 'en-US',
    tags: ['tier2'],
    role: 'agent'
  },
  {
    id: 3_610_000_002,
    name: 'Marco Ruiz',
    email: 'marco.ruiz@rapport-demo.example',
    createdDaysAgo: 1_700,
    locale: 'es',
    tags: ['spanish'],
    role: 'agent'
  },
  {
    id: 3_610_000_003,
    name: 'Sam Okafor',
    email: 'sam.okafor@rapport-demo.example',
    createdDaysAgo: 900,
    locale: 'en-US',
    tags: [],
    role: 'admin'
  }
]

export const [dana, marco, sam] = seedAgents.map((agent) => agent.id) as [number, number, number]
