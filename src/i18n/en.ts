import type { Messages } from './messages'
import type zh from './zh'

const en: Messages<typeof zh> = {
  app: {
    title: 'Qingdao Pledge Map',
    subtitle: "Investment and projects pledged by Qingdao's districts and zones in news reports",
    language: 'Language',
    loading: 'Loading…',
  },
  errors: {
    network: 'Could not reach the server to load {file}.',
    http: '{file} could not be loaded ({detail}).',
    json: '{file} is not valid JSON.',
    shape: '{file} does not have the expected shape: {detail}',
    retry: 'Retry',
    noWebgl:
      'This browser cannot show the interactive map (no WebGL); a static map is shown. The table, search and panels still work.',
    contextLost:
      'The graphics card interrupted the map; restoring… (a static map is shown meanwhile)',
    geoMissing:
      'The boundary data could not be loaded, so the map is unavailable; the table and panels still work.',
  },
  update: {
    ready: 'A new version is ready.',
    chunkFailed:
      'Part of the app could not be loaded (a new version may have been published): reload.',
    reload: 'Reload',
  },
  framed: {
    text: 'For your safety, Qingdao Pledge Map does not run inside a frame of another page.',
    open: 'Open it in its own tab',
  },
  controls: {
    metric: 'Metric',
    classes: 'Classes',
    method: 'Method',
    count: 'Number of classes',
    palette: 'Colours',
    zones: 'Show zones',
  },
  metric: {
    investment: 'Pledged project portfolio',
    projects: 'Pledged projects',
    investmentPerKm2: 'Investment per km²',
    investmentPerResident: 'Investment per resident',
    figureCount: 'Figures reported (coverage)',
  },
  metricShort: {
    // A soft hyphen lets the narrow table header break the word (Invest-/ment).
    investment: 'Invest\u00ADment',
    projects: 'Projects',
    investmentPerKm2: 'Per km²',
    investmentPerResident: 'Per resident',
    figureCount: 'Figures',
  },
  unitShort: {
    investment: 'CNY bn',
    projects: 'projects',
    investmentPerKm2: 'CNY m/km²',
    investmentPerResident: 'CNY per resident',
    figureCount: 'figures',
  },
  headlineRule: {
    investment:
      "One figure the latest report stating a project portfolio (总投资) for the area states — its largest; others are listed as “also reported”, never added. Only parts the text presents as disjoint parts of one whole are summed, and labelled “derived”. Spending targets (民生投入), yearly plans, signings, achievements and figures of different periods are never added; zone figures are never added to the district's.",
    projects:
      'The project count stated in the same phrase as the portfolio (总投资930亿元的334个); where an area has no portfolio, the largest project list of the latest report giving one. Overlapping lists (e.g. Pingdu’s 189/143/125) are never summed; new introductions, new starts, completions and pipelines are named as such.',
  },
  metricUnit: {
    investment: '100 million yuan',
    projects: 'projects',
    investmentPerKm2: '10,000 yuan per km²',
    investmentPerResident: 'yuan per resident',
    figureCount: 'figures',
  },
  legendUnit: {
    investment: 'CNY bn',
    projects: 'projects',
    investmentPerKm2: 'CNY m/km²',
    investmentPerResident: 'CNY per resident',
    figureCount: 'figures',
  },
  metricRule: {
    investment:
      'The latest project portfolio (总投资) stated for each area: one figure a sentence states, never a sum of programmes; periods differ, see the table.',
    projects:
      'The project count stated with the portfolio; without one, the largest project list of the latest report; lists are never summed, and what they count (new starts, pipeline …) is named.',
    investmentPerKm2:
      'Headline investment (periods differ by area) ÷ polygon area (Turf); zones use their official planned area.',
    investmentPerResident:
      'Headline investment (periods differ by area) ÷ 2020 census residents; zones have no census population.',
    figureCount:
      'Figures of any kind the reports give for the area (reprints and restatements once): how much was said, not an amount.',
  },
  measure: {
    portfolio: 'project portfolio',
    annualPlan: 'yearly investment plan',
    spending: 'spending',
    signed: 'signed',
    introduced: 'new introductions',
    started: 'new starts',
    completed: 'completions',
    pipeline: 'pipeline under negotiation',
    other: 'other',
  },
  countMeasure: {
    portfolio: 'projects of a portfolio',
    signed: 'new signings',
  },
  figureKind: {
    pledge: 'pledges (targets, plans)',
    achievement: 'achievements',
    context: 'city or provincial context',
  },
  method: {
    ckmeans: 'Natural breaks (Ckmeans)',
    quantile: 'Quantiles',
    equal: 'Equal intervals',
  },
  legend: {
    title: 'Legend',
    areas: '{n} area | {n} areas',
    noData: 'No figure reported',
    noFigure: 'no figure reported',
    method: 'Classes: {method}',
    zonesScale: 'zones on their own scale',
    hide: 'Hide legend',
    show: 'Legend & settings',
    clear: 'Show all areas',
    compared: {
      investment: 'Latest stated project portfolio per area; periods differ — see the table',
      projects:
        'Project count stated with the latest portfolio per area (else its latest project list); kinds and periods differ — see the table',
      investmentPerKm2:
        'Latest stated project portfolio per area ÷ its area; periods differ — see the table',
      investmentPerResident:
        'Latest stated project portfolio per area ÷ its residents; periods differ — see the table',
      figureCount: 'Figures the reports give per area: how much was said, not an amount',
    },
    derivedNote: '* derived ({names}): a sum of parts the text lists, not one stated figure',
  },
  level: { district: 'District', zone: 'Functional zone', street: 'Street' },
  levelPlural: { district: 'districts', zone: 'zones', street: 'streets' },
  confidence: { high: 'high', medium: 'medium', low: 'low' },
  tooltip: { rank: 'rank {rank} of {total} {level}', subAreas: '{n} sub-areas have figures' },
  table: {
    caption: 'Pledged figures of every district and zone',
    area: 'Area',
    period: 'Period',
  },
  headline: {
    derived: 'derived',
    derivedLong: 'derived: a sum of parts the text lists',
    noPeriod: 'no period stated',
    inferred: ' (inferred)',
  },
  search: {
    label: 'Search areas',
    placeholder: 'Search: 崂山, Laoshan, 开发区…',
    none: 'No area found',
  },
  panel: {
    headlines: 'Headline figures',
    source: 'Source:',
    showFigure: 'text {id}',
    showFigureLabel: 'text {id} (show its sentence in the list below)',
    alsoReported: 'Also reported (not added)',
    rule: 'How this figure is chosen',
    figures: 'Figures in the reports',
    noFigures: 'The reports give no figure for this area.',
    commitments: 'Other commitments (no figure)',
    openReport: 'Show in report',
    dateApprox: 'c. {date}',
    breadcrumb: 'Location',
    allAreas: 'All areas',
    partOf: 'part of {name}',
    schematic: 'Location is schematic (confidence: {confidence}); no boundary data',
    officialArea: 'planned area {km2} km²',
    children: 'Zones and streets inside',
    childrenRule: 'Their figures are listed separately and not added to this total.',
    textError: 'The report text could not be loaded: {detail}',
    expand: 'Show panel',
    collapse: 'Hide panel',
  },
  figureMetric: {
    investment: 'investment',
    projectCount: 'projects',
    outputValue: 'output value',
    revenue: 'operating revenue',
    budgetRevenue: 'budget revenue',
    gdp: 'GDP',
    enterpriseCount: 'enterprises',
    marketEntities: 'market entities',
    taskCount: 'tasks',
    floorArea: 'floor area',
    demolition: 'demolition',
    growthRate: 'growth rate',
    other: 'other',
  },
  bound: {
    exact: 'exact',
    approx: 'approximate',
    over: 'more than',
    atLeast: 'at least',
    range: 'range',
  },
  horizon: {
    year: 'this year',
    secondHalf: 'second half',
    byYear: 'by a year',
    multiYear: 'multi-year',
    unspecified: 'unspecified',
  },
  chip: {
    target: 'target (力争)',
    nested: 'part of',
    duplicate: 'restated; counted once (see {id})',
    overlap: 'overlaps another project list; not added',
  },
  reader: {
    close: 'Close',
    outletInferred: ' (inferred)',
    outletReasoning: 'Why this outlet:',
    evidenceKey: 'Highlighted in the text:',
    outletEvidence: 'outlet evidence',
    dateEvidence: 'date evidence',
  },
  filter: {
    title: 'Reports and period',
    active: 'filtered',
    report: 'Report',
    allReports: 'All five reports',
    year: 'Published in',
    allYears: 'Any year',
    horizon: 'Horizon',
    h: {
      all: 'Any horizon',
      year: 'This-year targets',
      multi: 'Multi-year programmes',
      by2026: 'Due by 2026',
    },
    clear: 'Clear filter',
    notice: 'Only figures matching the filter: {what}',
  },
  coverage: {
    tabs: 'Area lists',
    tabAreas: 'Areas',
    tabCoverage: 'Coverage',
    intro:
      'Which figures the reports give for each area, and from which report. Areas without an investment figure show here what was said instead.',
    caption: 'Kinds and sources of the figures reported per area',
    total: 'Total',
    reports: 'Reports',
    whatWasReported: 'What the reports say',
    nothing: 'The reports give no figure at all for this area.',
    fromReports: 'From:',
    subAreas:
      'Zones and streets inside have figures of their own (listed separately, not added here):',
    figures: '{n} figures',
  },
  url: {
    problem: 'Parts of this link were not recognised and were ignored: {parts}',
    dismiss: 'OK',
  },
  a11y: { selected: 'Selected {zh} ({en})' },
}
export default en
