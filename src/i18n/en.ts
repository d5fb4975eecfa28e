import type { Messages } from './messages'
import type zh from './zh'

const en: Messages<typeof zh> = {
  app: {
    title: 'Qingdao Pledge Map',
    subtitle:
      'Investment and projects pledged by Qingdao’s districts and zones, as the press reported them',
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
      'The graphics card interrupted the map. Restoring it… (a static map is shown meanwhile)',
    geoMissing:
      'The boundary data could not be loaded, so the map is unavailable; the table and panels still work.',
  },
  update: {
    ready: 'A new version is ready.',
    chunkFailed:
      'Part of the app could not be loaded, perhaps because a new version was published. Reload the page.',
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
    investment: 'Pledged investment',
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
      'The largest project portfolio (总投资) stated for the area in the latest report that states one. Other portfolios are listed as “also reported” and never added. Only parts that the text presents as disjoint parts of one whole are summed, and then labelled “derived”. Spending targets (民生投入), yearly plans, signings, achievements and figures for other periods are never added, and a zone’s figures never count towards its district.',
    projects:
      'The project count stated in the same phrase as the portfolio (总投资930亿元的334个); for an area without a portfolio, the largest project list in the latest report that gives one. Overlapping lists (such as Pingdu’s 189, 143 and 125 projects) are never summed; new introductions, new starts, completions and pipelines are named as such.',
  },
  metricUnit: {
    investment: 'CNY billion',
    projects: 'projects',
    investmentPerKm2: 'CNY million per km²',
    investmentPerResident: 'CNY per resident',
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
      'The latest project portfolio (总投资) stated for each area: a figure that one sentence states, never a sum of programmes. Periods differ from area to area (see the table).',
    projects:
      'The project count stated with the portfolio; without one, the largest project list in the latest report. Lists are never summed, and what they count (new starts, pipeline …) is named.',
    investmentPerKm2:
      'Pledged investment (periods differ by area) ÷ area of the boundary polygon (Turf); zones use their official planned area.',
    investmentPerResident:
      'Pledged investment (periods differ by area) ÷ residents in the 2020 census; zones have no census population.',
    figureCount:
      'Figures of any kind the reports give for the area, reprints and restatements counted once: how much was said, not an amount.',
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
    ckmeans: 'Natural breaks',
    quantile: 'Quantiles',
    equal: 'Equal intervals',
  },
  legend: {
    title: 'Legend',
    areas: '{n} area | {n} areas',
    noFigure: 'no figure reported',
    districtsTitle: 'Districts: colour classes',
    zonesTitle: 'Functional zones: circle size',
    zonesSize:
      'Circle area is proportional to the value; zones are not in the districts’ colour classes',
    footprint:
      'Dashed circle: the zone’s official area, drawn as a circle around its approximate location (no boundary is published)',
    fewerClasses:
      '{shown} class, not {requested}: only {valued} area has a value | {shown} classes, not {requested}: only {valued} areas have a value',
    fewerDistinct:
      '{shown} class, not {requested}: all values are equal | {shown} classes, not {requested}: only {distinct} distinct values',
    emptyClasses:
      '{empty} of {shown} classes holds no area: equal intervals split the range of values, not the areas | {empty} of {shown} classes hold no area: equal intervals split the range of values, not the areas',
    oneEach:
      'Each class holds one area: with {n} areas that have a value, the colours only rank them',
    expand: 'Show the full legend',
    method: 'Classes: {method}',
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
  levelGroup: { district: 'Districts', zone: 'Functional zones', street: 'Streets' },
  confidence: { high: 'high', medium: 'medium', low: 'low' },
  tooltip: {
    rank: 'rank {rank} of {total} {level}',
    subAreas: '{n} sub-area has figures | {n} sub-areas have figures',
  },
  table: {
    caption: 'Pledged investment and projects of every district and zone',
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
    placeholder: 'Search: Laoshan, West Coast, Jimo…',
    none: 'No area found',
  },
  panel: {
    headlines: 'Headline figures',
    source: 'Source:',
    alsoReported: 'Also reported (not added)',
    rule: 'How this figure was chosen',
    figures: 'Figures in the reports',
    noFigures: 'The reports give no figure for this area.',
    commitments: 'Other commitments (no figure)',
    openReport: 'Show in report',
    dateApprox: 'c. {date}',
    breadcrumb: 'Location',
    allAreas: 'All areas',
    partOf: 'part of {name}',
    schematic: 'Location is schematic (confidence: {confidence}); no boundary is published',
    ownBoundary: 'Boundary from your own file ({km2} km², kept in this browser only)',
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
  pledgeList: {
    title: 'What was pledged',
    headline: 'Headline pledge',
    ofWhich: 'of which',
    printedTwice: 'printed twice',
    printedTimes: 'printed {n} times',
    showQuote: 'Quote',
    quoteOf: 'quote of {what}',
    more: 'See also',
    none: 'The reports give no pledged figure for this area.',
    counted: 'How this was counted',
    countedSummary:
      '{total} numbers in the reports: {listed} listed above, {folded} of them reprints or restatements folded into their first printing; {aside} not listed, for these reasons.',
    figureId: 'figure {id}',
    position: 'characters {start}–{end}',
    attribution: 'area by rule: {rule}',
    openReport: 'Show in report',
    reprintOf: 'reprint: {id}',
    showSentence: 'show the sentence',
    showPart: 'sentence of part {n}',
    onlyArea: 'only {level} with this figure',
  },
  attributionRule: {
    override: 'a reviewed decision',
    respectively: 'its place in a “respectively” list',
    breakdown: 'a part of an “of which” breakdown',
    mentionBefore: 'the area named before it in its sentence',
    mentionAfter: 'the area named after it in its sentence',
    anaphor: '“the whole district” or “the district” naming it again',
    unlisted: 'a street not in the registry, given to the district named last',
    block: 'the actor of its paragraph',
    header: 'the speaker or zone heading of its section',
    section: 'the heading of its section (older data)',
    venue: 'the venue of an event',
    carryOver: 'an area named in an earlier paragraph',
    reportDefault: 'the report’s default area',
  },
  pledgeTheme: {
    urbanRenewal: 'Urban renewal',
    industry: 'Industry',
    infrastructure: 'Infrastructure',
    economy: 'Economy',
    livelihood: 'Public services',
    talent: 'Talent',
    culture: 'Culture',
    general: 'General',
    threshold: 'Size classes',
  },
  pledgeGroupKind: {
    achievement: 'Achieved · ',
    context: 'Context · ',
  },
  setAsideReason: {
    sizeClass:
      'a size class (“100-billion class”): a yardstick for projects or industries, not an amount',
    countingWord: 'a counting word in a list (“six upgrades”): only the number of items',
    fragment: 'a fragment cut by the page layout: the words before the number are missing',
    otherNotPledge: 'another kind of number, not a pledge',
  },
  chip: {
    target: 'target (“strive for”)',
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
      'Which figures the reports give for each area, and from which report. For areas without an investment figure, this shows what the reports say instead.',
    caption: 'Kinds and sources of the figures reported per area',
    total: 'Total',
    reports: 'Reports',
    whatWasReported: 'What the reports say',
    nothing: 'The reports give no figure at all for this area.',
    fromReports: 'From:',
    subAreas:
      'Zones and streets inside have figures of their own (listed separately, not added here):',
    figures: '{n} figure | {n} figures',
  },
  url: {
    problem: 'Parts of this link were not recognised and were ignored: {parts}',
    dismiss: 'OK',
  },
  a11y: { selected: 'Selected {en} ({zh})' },
  phone: {
    share: 'Share',
    shareTitle: 'Share a link to this view',
    copied: 'Link copied',
    copyFailed: 'Could not copy: copy the link from the address bar',
    tools: 'Tools',
    toolsTitle: 'Tools: language, presentation, methods, export',
    closeTools: 'Close the tools menu',
    mapOptions: 'Map settings and filters',
    presentWide: 'Presentation mode is made for big screens',
    presentWideHint:
      'Open this link on a computer or projector to present: it opens at the same slide.',
    presentContinue: 'Present on this phone anyway',
    presentLeave: 'Back to the map',
  },
}
export default en
