/**
 * Every image under docs/images/, as a shot of the demo host: which story or ticket, which page parameters
 * (`setting.<name>`, `faults`, `locale`), what to click first, and what to crop. `npm run docs:screenshots`
 * takes them all (see takeScreenshots.ts); a doc page only ever links an image named here.
 */
export interface DocShot {
  /** File name under docs/images/, without `.png`. */
  name: string
  /** A demo story id (`?story=`); a shot without one opens the host's first story. */
  story?: string
  /** Page parameters besides the story: `setting.<name>`, `faults`, `locale`. */
  params?: Record<string, string>
  /** The sidebar state to wait for before the shot ('notice': a routine state such as no requester yet). */
  state?: 'loading' | 'waiting' | 'error' | 'notice' | 'ready'
  /** Install Playwright's fake clock and advance it this much at a time until `state` (for long waits). */
  fakeClockStepMs?: number
  /** Requests matching this (a URL glob) fail at the network, as when the connection drops. */
  abortRequests?: string
  /** Clicks inside the sidebar before the shot, by accessible button name (the first match each). */
  click?: string[]
  /** Look for the `click` buttons only inside this element (a data-testid), e.g. the top prompt's own "Why?". */
  clickIn?: string
  /** Open the app's page directly, outside any parent frame (what an agent sees outside Zendesk). */
  outsideZendesk?: boolean
  /** Crop: from this element of the sidebar (a data-testid), at most `height` px; by default the whole sidebar. */
  focus?: string
  height?: number
}

/** Before/after pairs for the admin guide: the same story with the manifest default, then with one change. */
export interface SettingPair {
  setting: string
  story: string
  /** Parameters both shots share (e.g. another setting turned off so this one shows). */
  base?: Record<string, string>
  value: string
  /** Sections to open first (by their title), when the setting shows inside one. */
  click?: string[]
  focus?: string
  height?: number
}

/**
 * Sections below the headline start closed (an agent opens them); a shot inside one opens it first. The tier
 * pairs show the headline (tier badge, and the reason when it leads the headline) with the hints open below.
 */
const personalizationOpen = ['Personalization hints']

export const settingPairs: SettingPair[] = [
  { setting: 'frustratedAlertThreshold', story: 'early-churn-risk', value: '-0.99', height: 320 },
  // Every delighted demo message reads 1.00, so no value hides their alert: the pair shows the crossing rule.
  {
    setting: 'delightedAlertThreshold',
    story: 'closed-past-ticket',
    value: '-0.5',
    focus: 'settings-problems',
    height: 380
  },
  { setting: 'repeatContactWindowDays', story: 'frustrated-loyalist', value: '2', height: 520 },
  { setting: 'earlyContactCount', story: 'early-churn-risk', value: '10', height: 560 },
  { setting: 'longTenureMonths', story: 'delighted-advocate', value: '36', height: 560 },
  {
    setting: 'highTierTags',
    story: 'premium-neutral',
    value: '',
    click: personalizationOpen,
    focus: 'headline'
  },
  {
    setting: 'moderateTierTags',
    story: 'delighted-advocate',
    value: '',
    click: personalizationOpen,
    focus: 'headline'
  },
  {
    setting: 'tierFieldKey',
    story: 'premium-neutral',
    base: { 'setting.highTierTags': '' },
    value: '',
    click: personalizationOpen,
    focus: 'headline'
  },
  {
    setting: 'highTierFieldValues',
    story: 'early-churn-risk',
    value: 'starter',
    click: personalizationOpen,
    focus: 'headline'
  },
  {
    setting: 'moderateTierFieldValues',
    story: 'early-churn-risk',
    value: 'starter',
    click: personalizationOpen,
    focus: 'headline'
  },
  {
    setting: 'moderateEngagementTickets',
    story: 'early-churn-risk',
    value: '2',
    click: personalizationOpen,
    focus: 'headline'
  },
  { setting: 'lookbackMonths', story: 'frustrated-loyalist', value: '2', focus: 'headline', height: 120 },
  { setting: 'maxTickets', story: 'frustrated-loyalist', value: '3', focus: 'headline', height: 120 },
  {
    setting: 'recentTicketsWithComments',
    story: 'frustrated-loyalist',
    value: '0',
    click: ['Tone'],
    focus: 'section-tone',
    height: 200
  },
  // The cache changes no pixel (only how many requests a reopened ticket costs): its "after" shows a typo reported.
  { setting: 'cacheMinutes', story: 'frustrated-loyalist', value: '10 min', focus: 'settings-problems', height: 160 }
]

const settingShots: DocShot[] = settingPairs.flatMap(({ setting, story, base = {}, value, click, focus, height }) => [
  { name: `setting-${setting}-before`, story, params: base, click, focus, height },
  { name: `setting-${setting}-after`, story, params: { ...base, [`setting.${setting}`]: value }, click, focus, height }
])

export const docShots: DocShot[] = [
  { name: 'sidebar-frustrated-loyalist', story: 'frustrated-loyalist' },
  { name: 'sidebar-early-churn-risk', story: 'early-churn-risk' },
  { name: 'sidebar-delighted-advocate', story: 'delighted-advocate' },
  { name: 'sidebar-first-time-requester', story: 'first-time-requester' },
  { name: 'sidebar-long-standing-customer', story: 'long-standing-customer', focus: 'headline', height: 112 },
  { name: 'sidebar-closed-past-ticket', story: 'closed-past-ticket', height: 420 },
  { name: 'sidebar-spanish-requester', story: 'spanish-requester', params: { locale: 'es' } },
  {
    name: 'prompt-evidence',
    story: 'frustrated-loyalist',
    click: ['Why?'],
    clickIn: 'empathy-prompt',
    focus: 'empathy-prompt',
    height: 320
  },
  {
    name: 'health-evidence',
    story: 'frustrated-loyalist',
    click: ['Relationship health', 'Trust level'],
    focus: 'health-overall',
    height: 420
  },
  { name: 'state-loading', params: { faults: 'tickets:timeout' }, state: 'loading', height: 120 },
  { name: 'state-waiting', params: { faults: 'tickets:429x1=30' }, state: 'waiting', height: 140 },
  { name: 'notice-partial', params: { faults: 'comments:500' }, fakeClockStepMs: 1_000, height: 200 },
  { name: 'error-rateLimited', params: { faults: 'tickets:429=120' }, state: 'error' },
  { name: 'error-server', params: { faults: 'tickets:500' }, state: 'error', fakeClockStepMs: 1_000 },
  { name: 'error-timeout', params: { faults: 'tickets:timeout' }, state: 'error', fakeClockStepMs: 1_000 },
  { name: 'error-malformed', params: { faults: 'tickets:malformed' }, state: 'error' },
  { name: 'error-forbidden', params: { faults: 'tickets:403' }, state: 'error' },
  { name: 'error-notFound', story: 'deleted-requester', state: 'notice' },
  { name: 'error-noRequester', story: 'no-requester', state: 'notice' },
  {
    name: 'error-network',
    abortRequests: '**/api/v2/users/*/tickets/requested*',
    state: 'error',
    fakeClockStepMs: 1_000
  },
  { name: 'error-outsideZendesk', outsideZendesk: true },
  {
    name: 'settings-problems',
    story: 'frustrated-loyalist',
    params: {
      'setting.lookbackMonths': 'two years',
      'setting.maxTickets': '2.5',
      'setting.recentTicketsWithComments': '50',
      'setting.frustratedAlertThreshold': '0.6'
    },
    focus: 'settings-problems',
    height: 320
  },
  ...settingShots
]
